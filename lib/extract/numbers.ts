// Numbers as news writes them: digits with separators, number words ("twenty", "half a"), and
// scale words ("bn", "billion", "crore"). Everything here reads a bounded number of tokens.
import type { Token } from './tokens';
import { lowerText } from './tokens';
import { wordTable } from '../util/word-table';

const UNITS = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words, case-sensitive where a letter alone would be ambiguous ("m" vs "M"). */
const SCALES = wordTable({
  thousand: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  M: 1e6,
  MM: 1e6,
  Mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  Bn: 1e9,
  BN: 1e9,
  bln: 1e9,
  b: 1e9,
  B: 1e9,
  trillion: 1e12,
  tn: 1e12,
  Tn: 1e12,
  T: 1e12,
  tr: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  Cr: 1e7,
});
/** Scale words that only count as scales when spelled out (safe after a bare number). */
const SPELLED_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores']);

export function isSpelledScale(word: string): boolean {
  return SPELLED_SCALES.has(word.toLowerCase());
}

/** "1,234.5" → 1234.5; anything absurdly long → null (keeps values finite and meaningful). */
export function parseDigits(text: string): number | null {
  if (text.length > 24) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** First letters (lower-case ASCII codes) of every word readNumber reads: number words, "a", "an", "half".
 *  Other words are passed over before they are lowered (readNumber runs several times on every token). */
const NUMBER_WORD_STARTS = new Set([...UNITS.keys(), ...TENS.keys(), 'a', 'an', 'half'].map((w) => w.charCodeAt(0)));
const LONGEST_NUMBER_WORD = Math.max(...[...UNITS.keys(), ...TENS.keys()].map((w) => w.length));

/** Whether `word` may lower to one of those words: its length (lowering keeps an ASCII word's length) and its
 *  first letter (`| 32` lowers an ASCII capital; a non-ASCII first letter lowers to no such word). */
function mayBeNumberWord(word: string): boolean {
  return word.length <= LONGEST_NUMBER_WORD && NUMBER_WORD_STARTS.has(word.charCodeAt(0) | 32);
}

interface NumberRead {
  value: number;
  /** Index of the first and one past the last token used. */
  from: number;
  to: number;
  /** True when written in words ("five"), false for digits. */
  words: boolean;
}

/**
 * Reads a number starting at token i: digits ("1,250.5"), or words ("twenty-five", "two hundred",
 * "half a", "a", "an"). Articles ("a", "an") and "half a" are returned only when `allowArticle`,
 * because they are numbers only before a scale or unit ("a gigawatt", "half a trillion").
 */
export function readNumber(tokens: Token[], i: number, allowArticle = false): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const value = parseDigits(t.text);
    return value === null ? null : { value, from: i, to: i + 1, words: false };
  }
  if (t.kind !== 'word' || !mayBeNumberWord(t.text)) return null;
  const lower = lowerText(t.text);
  if (allowArticle && (lower === 'a' || lower === 'an')) return { value: 1, from: i, to: i + 1, words: true };
  if (allowArticle && lower === 'half') {
    // "half a trillion", "half-a-trillion"
    let j = i + 1;
    if (tokens[j]?.text === '-') j++;
    if (lowerText(tokens[j]?.text) === 'a') {
      j++;
      if (tokens[j]?.text === '-') j++;
      return { value: 0.5, from: i, to: j, words: true };
    }
    return null;
  }
  let value = UNITS.get(lower) ?? TENS.get(lower);
  if (value === undefined) return null;
  let j = i + 1;
  if (
    TENS.get(lower) !== undefined &&
    tokens[j]?.text === '-' &&
    UNITS.get(lowerText(tokens[j + 1]?.text) ?? '') !== undefined
  ) {
    value += UNITS.get(lowerText(tokens[j + 1].text))!;
    j += 2;
  }
  if (lowerText(tokens[j]?.text) === 'hundred') {
    value *= 100;
    j++;
  }
  return { value, from: i, to: j, words: true };
}

interface ScaleRead {
  multiplier: number;
  to: number;
}

/**
 * Reads a scale word at token i. Letter scales ("bn", "B", "M", "k") must touch the number or
 * follow it after one space; spelled ones may follow after a space. Returns multiplier 1 when none.
 */
export function readScale(tokens: Token[], i: number, lettersAllowed: boolean): ScaleRead {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || t.kind !== 'word' || !prev) return { multiplier: 1, to: i };
  const gap = t.start - prev.end;
  if (isSpelledScale(t.text)) {
    // "1 lakh crore", "50 thousand crore": Indian compounds multiply (1e5 × 1e7 = 1e12).
    const next = tokens[i + 1];
    if (next && /^(crore|crores)$/i.test(next.text) && !/^crores?$/i.test(t.text) && next.start - t.end === 1) {
      return { multiplier: SCALES.get(lowerText(t.text))! * 1e7, to: i + 2 };
    }
    return { multiplier: SCALES.get(lowerText(t.text))!, to: i + 1 };
  }
  const letters = lettersAllowed && gap <= 1 ? SCALES.get(t.text) : undefined;
  if (letters !== undefined) return { multiplier: letters, to: i + 1 };
  return { multiplier: 1, to: i };
}

/** Vague quantity words: "hundreds of thousands", "tens of billions", "billions". */
export const VAGUE_QUANTITIES = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'tens',
  'millions',
  'billions',
  'trillions',
  'several',
  'multiple',
  'many',
]);
