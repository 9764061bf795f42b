// The reader with compromise: the rule reading first, then compromise parses only the sentences a
// reading rests on (never the whole page; loaded on demand with import()) for clause structure the
// word tests miss: a negated deal verb ("is not raising", "will not fund") ends the deal, and a
// counterparty the extractor does not know is named from compromise's proper nouns (nlp-parties.ts).
// The CLI, the eval and `feed propose` read this way; the page reads by the rules alone.
import type { ArticleDoc } from '../extract/document';
import { readDeals } from './index';
import { cueAt } from './cues';
import { missingParty } from './nlp-parties';
import type { DealReading, ReadingContext } from './types';

const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;

type Nlp = typeof import('compromise').default;
let loading: Promise<Nlp> | null = null;

function loadNlp(): Promise<Nlp> {
  loading ??= import('compromise').then((m) => m.default);
  return loading;
}

/** True when compromise finds a negated verb phrase holding a deal cue in the sentence. */
export function negatedDeal(nlp: Nlp, sentence: string): boolean {
  const negative = nlp(sentence).verbs().isNegative();
  for (const v of negative.out('array') as string[]) {
    const words = v.toLowerCase().split(/\s+/);
    if (words.some((_, i) => cueAt(words, i))) return true;
  }
  return false;
}

export async function readDealsWithNlp(doc: ArticleDoc, ctx: ReadingContext = {}): Promise<DealReading[]> {
  const readings = readDeals(doc, ctx);
  const negated = (r: DealReading) => r.status !== 'terminated' && NEGATION.test(r.evidence.text);
  const oneParty = (r: DealReading) => r.parties.length === 1;
  if (!readings.some((r) => negated(r) || oneParty(r))) return readings;
  const nlp = await loadNlp();
  for (const r of readings) {
    // Only evidence with a negation word is parsed for it: compromise decides whether the negation holds the deal verb.
    if (negated(r) && negatedDeal(nlp, r.evidence.text)) r.status = 'terminated';
    const party = oneParty(r) ? missingParty(nlp, doc, r) : null;
    if (party) r.parties.push(party);
  }
  return readings;
}
