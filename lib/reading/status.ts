// Status from hedges (DEALS.md "Status"): a collapse or denial outranks talks, talks outrank a media
// report, and a media report counts unless a party itself said it, except that a value that only the
// media give ("a reported $1.7bn", "estimated") makes the deal reported whoever announced it.
import { en } from './lang/en';
import type { StatusWords } from './lang/types';
import type { DealStatus } from './types';

/** Words before talk words that describe a source: "close to the talks", "involved in the negotiations". */
const SOURCE_OF = new Set(['close', 'involved', 'familiar', 'briefed']);
/** "its quarterly report": a company's own filing. */
const FILINGS = new Set(['quarterly', 'annual', 'earnings', 'regulatory', 'stock-exchange']);

/** Unnamed sources: "people familiar with", "a person close to", "sources". */
const UNNAMED = new Set(['people', 'person', 'sources', 'source']);

const RANK: Record<DealStatus, number> = { confirmed: 0, reported: 1, rumored: 2, terminated: 3 };

/** Per language: the first words of its ending pairs (a pair is only built for them), and every word a test
 *  of statusOf starts from: any other word is passed over at once (statusOf reads every word of a sentence
 *  that holds a deal). A new test on another first word adds it to `first`. */
const firstWords = new WeakMap<StatusWords, { pairs: Set<string>; first: Set<string> }>();
function firstWordsOf(lang: StatusWords): { pairs: Set<string>; first: Set<string> } {
  let found = firstWords.get(lang);
  if (!found) {
    const pairs = new Set([...lang.endedPairs].map((p) => p.split(' ')[0]));
    const tests = ['close', 'nears', 'estimated', 'a', 'put'];
    const first = new Set([...lang.ended, ...pairs, ...lang.talks, ...lang.media, ...UNNAMED, ...lang.said, ...tests]);
    firstWords.set(lang, (found = { pairs, first }));
  }
  return found;
}

/** The status the words of one stretch of text give, with the hedge words of their language. */
export function statusOf(words: string[], lang: StatusWords = en.status): DealStatus {
  const { ended: TERMINATED, talks: RUMORED, media: MEDIA, said: PARTY_SAID, endedPairs: ENDED_PAIRS } = lang;
  const { pairs: PAIR_STARTS, first: FIRST_WORDS } = firstWordsOf(lang);
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
