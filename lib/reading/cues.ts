// Deal cues: the verbs and nouns that report a transaction, and which side of it the sentence's
// subject is on. Word tests only (lower-case token text), shared by the rule path and the nlp path.
// The single words are the language's (lang/*.ts); the multi-word cues here are English grammar, which
// another language's glossed words (lang/index.ts) read as well.
import { en } from './lang/en';
import type { Cue } from './lang/types';

export type { Cue, CueClass } from './lang/types';
export { BUILDING } from './lang/en';

const BACKING_VERBS = new Set(
  (
    'lead leads led leading co-lead co-led join joins joined joining participate participated participating ' +
    'anchor anchored'
  ).split(' '),
);
/** Verbs of holding a stake rather than buying one. */
const HOLDING = new Set('own owns owned holds hold held gets get retains retain keeps keep'.split(' '));
const ROUND_NOUNS = new Set(['round', 'financing', 'raise', 'fundraising', 'offering']);

/** Words the tests of cueAt below start from besides single-word cues: cueAt runs on every word of every
 *  clause, and any other word is passed over at once. A new test on another first word adds it here. */
const TEST_WORDS = new Set([
  ...'joint new capital power put series seed funding plans venture stake placed spend supply supplies'.split(' '),
  ...'take takes took taking'.split(' '),
  ...BACKING_VERBS,
]);

/** The cue a token starts, looking at the next tokens for multi-word cues. */
export function cueAt(words: string[], i: number, cues = en.cues): { cue: Cue; to: number } | null {
  const w = words[i];
  if (!TEST_WORDS.has(w) && !Object.hasOwn(cues, w) && !Object.hasOwn(en.cues, w)) return null;
  const next = words[i + 1] ?? '';
  // "the venture's first client" is about a venture, not the forming of one.
  if (w === 'joint' && next === 'venture' && words[i + 2] !== "'")
    return { cue: { cls: 'venture', kind: 'joint-venture' }, to: i + 2 };
  if (w === 'new' && next === 'company' && words[i - 1] === 'a')
    return { cue: { cls: 'venture', kind: 'joint-venture' }, to: i + 2 };
  if (w === 'capital' && (next === 'expenditure' || next === 'expenditures' || next === 'spending'))
    return { cue: { cls: 'capex', kind: 'capex' }, to: i + 2 };
  // An agreement: who sells follows from company kinds (the energy company) or the verb around it.
  if (w === 'power' && next === 'purchase') return { cue: { cls: 'agree', kind: 'power' }, to: i + 2 };
  if (w === 'capital' && next === 'budget') return { cue: { cls: 'capex', kind: 'capex' }, to: i + 2 };
  if (w === 'put' && (next === 'in' || next === 'into' || next === 'up' || next.startsWith('$')))
    return { cue: { cls: 'invest', kind: 'investment' }, to: i + 1 };
  if (w === 'put' && words.slice(i + 1, i + 6).some((x) => x === 'into' || x === 'in'))
    return { cue: { cls: 'invest', kind: 'investment' }, to: i + 1 };
  if ((w === 'series' || w === 'seed') && /^[a-h]$|^round$/.test(next))
    return { cue: { cls: 'round', kind: 'funding-round' }, to: i + 2 };
  if (w === 'funding' && (next === 'round' || next === 'from' || next === 'led'))
    return { cue: { cls: 'round', kind: 'funding-round' }, to: i + 1 };
  if (w === 'plans' && next === 'to' && (words[i + 2] === 'spend' || words[i + 2] === 'invest'))
    return { cue: { cls: 'capex', kind: 'capex' }, to: i + 3 };
  // "will lead the round", "joined the financing": backers of a round the passage reads elsewhere.
  // "Foo and Bar also joined.": joining with nothing after it is joining the round just read.
  const joinedAlone = /^(joined|participated)$/.test(w) && /^(,|\.|in|)$/.test(next);
  if (
    BACKING_VERBS.has(w) &&
    next !== 'by' &&
    (joinedAlone || words.slice(i + 1, i + 9).some((x) => ROUND_NOUNS.has(x)))
  ) {
    // "joined a $900m round", "joined the company's $1.8bn fundraising": a sized round of its own (of the company
    // the clause is about), not the one just read.
    const sized = words.slice(i + 1, i + 7).some((x) => x.startsWith('$') || /^\d/.test(x));
    const own = sized && (/^(a|an)$/.test(next) || words.slice(i + 1, i + 5).includes("'"));
    return { cue: { cls: 'back', kind: own ? 'funding-round' : 'investment' }, to: i + 1 };
  }
  if (/^(take|takes|took|taking)$/.test(w) && next === 'part')
    return { cue: { cls: 'back', kind: 'investment' }, to: i + 2 };
  // "set up Foo, a 50-50 venture": a venture named with an article (not "venture capital", not "the venture's").
  if (
    w === 'venture' &&
    !/^(capital|debt|arm|fund|'|’)$/.test(next) &&
    words.slice(i - 4, i).some((x) => x === 'a' || x === 'an')
  )
    return { cue: { cls: 'venture', kind: 'joint-venture' }, to: i + 1 };
  // "which owns a minority stake in Foo": a holding, not a transaction; "gets a stake": a side term of the deal.
  if (w === 'stake' && words.slice(Math.max(0, i - 4), i).some((x) => HOLDING.has(x))) return null;
  // "took a majority stake in Foo": control changes hands, an acquisition.
  if (w === 'stake' && /^(majority|controlling)$/.test(words[i - 1] ?? ''))
    return { cue: { cls: 'invest', kind: 'acquisition' }, to: i + 1 };
  // "placed an order with Foo": the subject buys (but "won an order" is the seller's cue, read at "won").
  if (w === 'placed' && words.slice(i + 1, i + 4).some((x) => x === 'order' || x === 'orders'))
    return { cue: { cls: 'buy' }, to: i + 1 };
  // "will spend $2bn on data centers", "expects to spend": a company's own plan (not "spent", past spending).
  if (w === 'spend' && /^(to|will|would|could|may)$/.test(words[i - 1] ?? ''))
    return { cue: { cls: 'capex', kind: 'capex' }, to: i + 1 };
  // "power supply agreements", "250 MW of additional supply": the noun, not the verb of a supplier.
  if ((w === 'supply' || w === 'supplies') && !/^(to|will|would|also|and|could|may|can|)$/.test(words[i - 1] ?? ''))
    return null;
  // "listed for rent": an offer, not a lease.
  if (words[i - 1] === 'for' && /^(rent|lease)$/.test(w)) return null;
  // A word another language glosses into English ("zahlt" → "pays") reads as that English word.
  const cue = Object.hasOwn(cues, w) ? cues[w] : Object.hasOwn(en.cues, w) && cues !== en.cues ? en.cues[w] : undefined;
  return cue ? { cue, to: i + 1 } : null;
}
