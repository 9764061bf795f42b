// Status from hedges (DEALS.md "Status"): a collapse or denial outranks talks, talks outrank a media
// report, and a media report counts unless a party itself said it, except that a value that only the
// media give ("a reported $1.7bn", "estimated") makes the deal reported whoever announced it.
import type { DealStatus } from './types';

const TERMINATED = new Set(
  'ended foundered collapsed scrapped terminated abandoned cancelled canceled denied rejected withdrew walked'.split(
    ' ',
  ),
);
const RUMORED = new Set(
  'talks negotiating negotiations negotiate discussions weighing considering exploring readying preparing nearing mulling eyeing'.split(
    ' ',
  ),
);
const MEDIA = new Set('reported reportedly reports report sources'.split(' '));
const PARTY_SAID = new Set(
  'said says told announced confirmed statement filing wrote unveiled signed disclosed'.split(' '),
);
/** Word pairs that end a deal: "called off", "voted down", "will not", "not proceed". */
const ENDED_PAIRS = new Set([
  'called off',
  'voted down',
  'voted against',
  'will not',
  'not go',
  'not proceed',
  'not pursue',
]);
/** First words of those pairs: the pair is only built for them (statusOf runs on every word of the page). */
const PAIR_STARTS = new Set([...ENDED_PAIRS].map((p) => p.split(' ')[0]));
/** Words before talk words that describe a source: "close to the talks", "involved in the negotiations". */
const SOURCE_OF = new Set(['close', 'involved', 'familiar', 'briefed']);
/** "its quarterly report": a company's own filing. */
const FILINGS = new Set(['quarterly', 'annual', 'earnings', 'regulatory', 'stock-exchange']);

/** Unnamed sources: "people familiar with", "a person close to", "sources". */
const UNNAMED = new Set(['people', 'person', 'sources', 'source']);

/** Every word a test below starts from: any other word is passed over at once (statusOf reads every
 *  word of a sentence that holds a deal). A new test on another first word adds it here. */
const FIRST_WORDS = new Set([
  ...TERMINATED,
  ...PAIR_STARTS,
  ...RUMORED,
  ...MEDIA,
  ...UNNAMED,
  ...PARTY_SAID,
  'close',
  'nears',
  'estimated',
  'a',
  'put',
]);

const RANK: Record<DealStatus, number> = { confirmed: 0, reported: 1, rumored: 2, terminated: 3 };

/** The status the words of one stretch of text give. */
export function statusOf(words: string[]): DealStatus {
  let terminated = false;
  let rumored = false;
  let mediaValue = false;
  let media = false;
  let said = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!FIRST_WORDS.has(w)) continue;
    const next = words[i + 1] ?? '';
    const prev = words[i - 1] ?? '';
    if (TERMINATED.has(w) || (PAIR_STARTS.has(w) && ENDED_PAIRS.has(`${w} ${next}`))) terminated = true;
    // "people close to the negotiations", "involved in the talks": who the sources are, not the state of the deal.
    else if (RUMORED.has(w) && words.slice(Math.max(0, i - 3), i).some((x) => SOURCE_OF.has(x))) continue;
    else if (
      RUMORED.has(w) ||
      ((w === 'close' || w === 'nears') && (next === 'to' || next === 'a') && !UNNAMED.has(prev))
    )
      rumored = true;
    else if (
      w === 'estimated' ||
      (w === 'a' && next === 'reported') ||
      (w === 'put' && (next === 'the' || next === 'its'))
    )
      mediaValue = true;
    // "disclosed in its quarterly report": a party's own filing, no media report.
    else if (MEDIA.has(w) && FILINGS.has(prev)) said = true;
    else if (MEDIA.has(w) || (UNNAMED.has(w) && /^(familiar|close|briefed)$/.test(next))) media = true;
    // "people familiar with the matter said": the sources speak, not a party.
    // "Neither side disclosed terms": a party that did not say it.
    else if (
      PARTY_SAID.has(w) &&
      !words.slice(Math.max(0, i - 8), i).some((x) => UNNAMED.has(x)) &&
      !words.slice(Math.max(0, i - 3), i).some((x) => /^(neither|not|nor|never|without)$/.test(x))
    )
      said = true;
  }
  if (terminated) return 'terminated';
  if (rumored) return 'rumored';
  if (mediaValue || (media && !said)) return 'reported';
  return 'confirmed';
}

export function laterStatus(a: DealStatus, b: DealStatus): DealStatus {
  return RANK[b] > RANK[a] ? b : a;
}
