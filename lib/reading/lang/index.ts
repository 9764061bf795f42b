// The reading language of a document, and its tokens as the clause rules read them. The language is the
// one the extractor read the page's numbers in (doc.lang); English, or a language without a descriptor,
// reads the tokens as they are.
import { primaryLanguage, rulesFor } from '../../extract/lang/index';
import type { Token } from '../../extract/tokens';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { ReadingLanguage } from './types';

export type { ReadingLanguage } from './types';

const LANGUAGES: Record<string, ReadingLanguage> = { en, de, fr, es };

export function readingLanguage(tag: string | undefined): ReadingLanguage {
  const code = primaryLanguage(tag);
  return code && Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : en;
}

const BOUNDARY = /^[,;:()–—]$/;

/** The tokens with the same offsets and each word as the English clause rules read it: phrases and grammar
 *  words glossed, a relative pronoun after a comma read as "which", and in a verb-second language the deal
 *  verb that ends a clause swapped with the clause's finite verb ("hat … an Foo vermietet" →
 *  "vermietet … an Foo hat"). */
export function glossTokens(tokens: Token[], lang: ReadingLanguage): Token[] {
  if (lang === en) return tokens;
  const lower = tokens.map((t) => t.text.toLowerCase());
  // "mit dem britischen Modellentwickler Foo": the nouns the extractor keeps out of names say what a company is.
  const described = rulesFor(lang.code)?.descriptorNouns ?? [];
  const gloss = (w: string) => lang.glosses[w] ?? (described.some((n) => w.endsWith(n)) ? 'company' : undefined);
  const text = tokens.map((t, i) => (t.kind === 'word' ? (gloss(lower[i]) ?? t.text) : t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (lang.relatives?.has(lower[i]) && tokens[i - 1]?.text === ',') text[i] = 'which';
    // A capitalized deal word before it is a noun: "Übernahme von Foo" is a takeover of Foo.
    const noun = /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && Object.hasOwn(lang.cues, lower[i - 1]);
    if (lower[i] === lang.nounOf && noun) text[i] = 'of';
    for (const [phrase, gloss] of Object.entries(lang.phrases ?? {})) {
      const words = phrase.split(' ');
      if (words.every((w, k) => lower[i + k] === w)) gloss.split(' ').forEach((g, k) => (text[i + k] = g));
    }
  }
  if (lang.finiteVerbs) {
    let from = 0;
    for (let i = 0; i <= tokens.length; i++) {
      const t = tokens[i];
      const newSentence = t !== undefined && t.sentence !== tokens[from]?.sentence;
      if (t && !newSentence && !(t.kind !== 'word' && BOUNDARY.test(t.text))) continue;
      verbLast(lang, lower, text, from, i);
      from = newSentence ? i : i + 1;
    }
  }
  return tokens.map((t, i) => (text[i] === t.text ? t : { ...t, text: text[i] }));
}

/** One clause [from, to): a deal verb last and a finite verb before it trade places. */
function verbLast(lang: ReadingLanguage, lower: string[], text: string[], from: number, to: number): void {
  let last = to - 1;
  while (last > from && !/\p{L}/u.test(lower[last])) last--;
  if (last < from || !Object.hasOwn(lang.cues, lower[last])) return;
  let finite = from;
  while (finite < last && !lang.finiteVerbs!.has(lower[finite])) finite++;
  if (finite >= last) return;
  // "wurde von Foo übernommen": the agent of a passive, "by".
  if (lang.passive?.auxiliaries.has(lower[finite]))
    for (let k = finite + 1; k < last; k++) if (lang.glosses[lower[k]] === 'from') text[k] = lang.passive.agent;
  [text[finite], text[last]] = [text[last], text[finite]];
}
