// English: the deal cues and status words the clause rules are written over (lib/reading/README.md).
// Multi-word cues ("joint venture", "put into", "placed an order") are grammar, in cues.ts.
import type { ReadingLanguage } from './types';
import { cueTable, wordSet } from './words';

const BUILDING_WORDS = 'build builds building expand expands expanding construct constructs';
export const BUILDING = wordSet(BUILDING_WORDS);

const cues = cueTable([
  ['buy buys buying bought purchase purchases purchasing purchased', { cls: 'buy' }],
  ['acquire acquires acquiring acquired acquisition takeover merger', { cls: 'buy', kind: 'acquisition' }],
  ['lease leases leasing leased rent rents renting rented', { cls: 'buy', kind: 'compute-lease' }],
  ['pay pays paying paid', { cls: 'buy' }],
  ['tapped taps chose picked selected', { cls: 'buy' }],
  ['deploy deploys', { cls: 'buy' }],
  ['reserve reserves reserved reserving', { cls: 'buy' }],
  ['sell sells selling sold', { cls: 'sell' }],
  ['supply supplies supplying supplied provide provides providing provided deliver delivers', { cls: 'supply' }],
  ['won wins landed lands secured secures awarded', { cls: 'win' }],
  ['invest invests investing invested investment stake', { cls: 'invest', kind: 'investment' }],
  ['getting receive receives received', { cls: 'receive', kind: 'investment' }],
  ['round raise raises raised raising fundraising fundraise ipo offering', { cls: 'round', kind: 'funding-round' }],
  ['capex', { cls: 'capex', kind: 'capex' }],
  ['budgeted', { cls: 'capex', kind: 'capex' }],
  // Building or expanding one's own plant at a stated cost: find-cue.ts reads these only when no other verb cue is
  // there.
  [BUILDING_WORDS, { cls: 'capex', kind: 'capex' }],
  ['contract contracts deal deals agreement agreements pact agreed signed signs partnership', { cls: 'agree' }],
  ['ordered', { cls: 'buy' }],
]);

export const en: ReadingLanguage = {
  code: 'en',
  cues,
  status: {
    ended: wordSet(
      'ended foundered collapsed scrapped terminated abandoned cancelled canceled denied rejected withdrew walked',
    ),
    talks: wordSet(
      'talks negotiating negotiations negotiate discussions weighing considering exploring readying ' +
        'preparing nearing mulling eyeing',
    ),
    media: wordSet('reported reportedly reports report sources'),
    said: wordSet('said says told announced confirmed statement filing wrote unveiled signed disclosed'),
    endedPairs: new Set([
      'called off',
      'voted down',
      'voted against',
      'will not',
      'not go',
      'not proceed',
      'not pursue',
      'no intention',
      'no plans',
    ]),
  },
  objectReach: 4,
  glosses: {},
};
