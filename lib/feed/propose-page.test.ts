// pageDeals on invented pages: readings are built by hand over the extractor's real document, so the
// test pins the proposer's own grouping and kind logic whatever the reader does (the reader's part:
// propose-page-reader.test.ts).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { ArticleDoc } from '../extract/document';
import type { Company } from './types';
import type { DealKind, DealReading, PartyRole } from '../reading/types';
import { pageDeals } from './propose-page';

const companies = [
  ['Pellucid Systems', ['Pellucid Systems', 'Pellucid'], 'chipmaker'],
  ['Orbisca Cloud', ['Orbisca Cloud', 'Orbisca'], 'neocloud'],
  ['Tamberlane Energy', ['Tamberlane Energy', 'Tamberlane'], 'energy'],
  ['Kestrel Works', ['Kestrel Works', 'Kestrel'], 'ai-lab'],
  ['Lodestar Partners', ['Lodestar Partners'], 'investor'],
].map(([name, aliases, kind]) => ({ name, aliases, ticker: null, kind }) as unknown as Company);
const extractor = createExtractor({ companies });

/** A reading of the sentence holding `phrase`, parties given as [surface text, role]. */
function reading(
  doc: ArticleDoc,
  phrase: string,
  kind: DealKind,
  parties: [string, PartyRole][],
  over = {},
): DealReading {
  const at = doc.text.indexOf(phrase);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
  const companyAt = (name: string) =>
    doc.mentions.find(
      (m) => m.type === 'company' && m.start >= sentence.start && doc.text.slice(m.start, m.end) === name,
    );
  return {
    id: `deal@${sentence.start}-0`,
    kind,
    parties: parties.map(([name, role]) => ({ name, role, mentionIds: companyAt(name) ? [companyAt(name)!.id] : [] })),
    money: null,
    gpus: null,
    powerWatts: null,
    status: 'confirmed',
    evidence: { start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end) },
    mentionIds: [],
    ...over,
  };
}
const money = (amount: number, period: 'one-time' | 'year' = 'one-time') => ({
  money: { mentionId: 'money@1', currency: 'USD', amount, period },
});
const summary = (d: DealReading) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role]))];

const CHIPS =
  'Pellucid Systems has won a $700 million order from Orbisca Cloud. Under the order, Orbisca will buy ' +
  "Pellucid's optical interconnect chips through 2028. Orbisca, which rents capacity to model builders, " +
  'runs 60 MW of data centres.';

describe('pageDeals', () => {
  it('makes one chip deal of a page that tells it in two sentences, under canonical names', () => {
    const doc = extractor.document(CHIPS, { lang: 'en' });
    const readings = [
      reading(
        doc,
        'has won',
        'compute-lease',
        [
          ['Pellucid Systems', 'seller'],
          ['Orbisca Cloud', 'buyer'],
        ],
        money(7e8),
      ),
      reading(doc, 'Under the order', 'chip-supply', [
        ['Orbisca', 'buyer'],
        ['Pellucid', 'seller'],
      ]),
      reading(doc, 'runs 60 MW', 'compute-lease', [['Orbisca', 'buyer']], { powerWatts: 6e7 }),
    ];
    const deals = pageDeals(doc, readings);
    expect(deals.map(summary)).toEqual([['chip-supply', { 'Orbisca Cloud': 'buyer', 'Pellucid Systems': 'seller' }]]);
    expect(deals[0].money?.amount).toBe(7e8);
    // The remark about the buyer's own data centres lends the deal no figure.
    expect(deals[0].powerWatts).toBeNull();
    expect(deals[0].evidence.text).toMatch(/^Pellucid Systems has won .* … Under the order, .*2028\.$/);
  });

  it('takes the kind a sentence names over a passing word, and a payment under it as its figure', () => {
    const text =
      'Tamberlane Energy will supply 300 megawatts of electricity to Orbisca Cloud, one of the fastest-growing ' +
      'GPU cloud providers. Orbisca will pay Tamberlane about $40 million a year under the power purchase agreement.';
    const doc = extractor.document(text, { lang: 'en' });
    const deals = pageDeals(doc, [
      reading(
        doc,
        'will supply',
        'cloud-contract',
        [
          ['Tamberlane Energy', 'seller'],
          ['Orbisca Cloud', 'buyer'],
        ],
        {
          powerWatts: 3e8,
        },
      ),
      reading(
        doc,
        'will pay',
        'acquisition',
        [
          ['Orbisca', 'acquirer'],
          ['Tamberlane', 'target'],
        ],
        money(4e7, 'year'),
      ),
    ]);
    expect(deals.map(summary)).toEqual([['power', { 'Tamberlane Energy': 'seller', 'Orbisca Cloud': 'buyer' }]]);
    expect([deals[0].money?.amount, deals[0].money?.period, deals[0].powerWatts]).toEqual([4e7, 'year', 3e8]);
  });

  it('reads a power figure beside renting words, with no word for electricity, as capacity rented', () => {
    const text =
      'Orbisca Cloud signed a $1.2 billion contract to provide clusters to Kestrel Works and aims to run 2 ' +
      'GW of capacity.';
    const doc = extractor.document(text, { lang: 'en' });
    const [d] = pageDeals(doc, [
      reading(
        doc,
        'signed',
        'power',
        [
          ['Orbisca Cloud', 'seller'],
          ['Kestrel Works', 'buyer'],
        ],
        {
          ...money(1.2e9),
          powerWatts: 2e9,
          powerMentionId: doc.mentions.find((m) => m.type === 'power')?.id,
        },
      ),
    ]);
    expect(d.kind).toBe('compute-lease');
  });

  it('keeps two deals apart: other parties, two different figures, or a takeover named as one', () => {
    const text =
      'Kestrel Works will rent GPUs from Orbisca Cloud for $300 million. It will also rent more GPUs from ' +
      'Orbisca Cloud for $90 million. Orbisca Cloud agreed to acquire Pellucid Systems. Lodestar Partners ' +
      'invested $50 million in Kestrel Works.';
    const doc = extractor.document(text, { lang: 'en' });
    const lease = [
      ['Kestrel Works', 'buyer'],
      ['Orbisca Cloud', 'seller'],
    ] as [string, PartyRole][];
    const deals = pageDeals(doc, [
      reading(doc, 'for $300 million', 'compute-lease', lease, money(3e8)),
      reading(doc, 'for $90 million', 'compute-lease', lease, money(9e7)),
      reading(doc, 'agreed to acquire', 'acquisition', [
        ['Orbisca Cloud', 'acquirer'],
        ['Pellucid Systems', 'target'],
      ]),
      reading(
        doc,
        'invested',
        'investment',
        [
          ['Lodestar Partners', 'investor'],
          ['Kestrel Works', 'investee'],
        ],
        money(5e7),
      ),
    ]);
    expect(deals.map((d) => [d.kind, d.money?.amount ?? null])).toEqual([
      ['compute-lease', 3e8],
      ['compute-lease', 9e7],
      ['acquisition', null],
      ['investment', 5e7],
    ]);
  });

  it('keeps a company purchase the reader read from a buying verb when nothing on the page calls it a trade', () => {
    const text = 'Orbisca Cloud agreed in May to buy Pellucid Systems, and has been adding capacity since.';
    const doc = extractor.document(text, { lang: 'en' });
    const deals = pageDeals(doc, [
      reading(doc, 'agreed', 'acquisition', [
        ['Orbisca Cloud', 'acquirer'],
        ['Pellucid Systems', 'target'],
      ]),
    ]);
    expect(deals.map(summary)).toEqual([
      ['acquisition', { 'Orbisca Cloud': 'acquirer', 'Pellucid Systems': 'target' }],
    ]);
  });

  it('marks the merged deal ended when a later sentence says it ended', () => {
    const text =
      'Kestrel Works rented GPUs from Orbisca Cloud for $80 million. ' +
      'Kestrel Works later cancelled the Orbisca Cloud lease.';
    const doc = extractor.document(text, { lang: 'en' });
    const lease = [
      ['Kestrel Works', 'buyer'],
      ['Orbisca Cloud', 'seller'],
    ] as [string, PartyRole][];
    const [d, ...rest] = pageDeals(doc, [
      reading(doc, 'rented', 'compute-lease', lease, money(8e7)),
      reading(doc, 'cancelled', 'compute-lease', lease, { status: 'terminated' }),
    ]);
    expect(rest).toEqual([]);
    expect([d.status, d.money?.amount]).toEqual(['terminated', 8e7]);
  });
});
