// Token-level helpers of gloss.ts: where a written number ends (space and apostrophe groups), compound
// nouns, and the filler words skipped between a chip noun and its vendor or model.
import type { Token } from '../tokens';
import type { LangRules } from './types';
import { readModel, readVendor } from '../accelerators';

const GROUP_SPACES = new Set([0xa0, 0x202f, 0x2009]);

/** "7 300" (fr) or "7 300" in any language: a group of exactly three digits after a space. */
function groupsWithNext(text: string, a: Token, b: Token | undefined, rules: LangRules | undefined): boolean {
  if (!b || b.kind !== 'num' || b.start - a.end !== 1 || !/^\d{3}(?:[.,]\d+)?$/.test(b.text)) return false;
  if (!/(?:^|\D)\d{1,3}$/.test(a.text)) return false;
  const space = text.charCodeAt(a.end);
  return GROUP_SPACES.has(space) || (space === 32 && !!rules?.spaceGroups);
}

export function merged(first: Token, last: Token, gloss: string, kind: Token['kind'] = 'word'): Token {
  return { kind, text: gloss, start: first.start, end: last.end, sentence: first.sentence };
}

const NUMBER_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** True when the token before a scale word already gives its count ("9", "zwei"). */
export function countsBefore(prev: Token | undefined): boolean {
  return !!prev && (prev.kind === 'num' || NUMBER_WORDS.has(prev.text));
}

/** "inferentiechips", "KI-Rechenchips": a compound ending in a listed noun reads as that noun. */
export function compoundGloss(word: string, rules: LangRules): string | undefined {
  const lower = word.toLowerCase();
  for (const [ending, gloss] of Object.entries(rules.compounds ?? {}))
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) return gloss;
  return undefined;
}

/** Index after the filler at token i ("’s" after a chip noun, "van het type" before a model), else i. */
export function skippedBefore(tokens: Token[], i: number, rules: LangRules): number {
  const t = tokens[i];
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (
    (t.text === '’' || t.text === "'") &&
    tokens[i + 1]?.text === 's' &&
    prev.startsWith('gpu') &&
    t.start === tokens[i - 1].end
  )
    return i + 2;
  for (const phrase of rules.beforeModel ?? []) {
    const words = phrase.split(' ');
    if (!words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) continue;
    const model = tokens[i + words.length];
    if (model && readModel(tokens, i + words.length) && model.sentence === t.sentence) return i + words.length;
  }
  // "15 mil GPU de AMD, modelo MI355X": the little word between a chip noun and its vendor.
  if (rules.linkers?.includes(t.text.toLowerCase()) && chipNoun(tokens[i - 1], rules) && readVendor(tokens, i + 1))
    return i + 1;
  return i;
}

function chipNoun(t: Token | undefined, rules: LangRules): boolean {
  if (!t || t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  return /^gpus?$/.test(lower) || CHIP_GLOSSES.has(rules.words[lower] ?? '');
}

/**
 * Index of the last token of the number starting at token i: groups of three digits after a space
 * ("7 300") or after an apostrophe, as Swiss pages write them ("1'250'000", "18’500"). An apostrophe
 * group that breaks the pattern ("1'25") makes the whole number unclear.
 */
export function numberEnd(
  text: string,
  tokens: Token[],
  i: number,
  rules: LangRules | undefined,
): { end: number; clear: boolean } {
  let j = i;
  while (groupsWithNext(text, tokens[j], tokens[j + 1], rules)) j++;
  if (j > i) return { end: j, clear: true };
  let apostrophes = 0;
  while (APOSTROPHES.has(tokens[j + 1]?.text ?? '') && touchingThree(tokens[j + 1], tokens[j + 2])) {
    if (tokens[j + 1].start !== tokens[j].end) break;
    j += 2;
    apostrophes++;
  }
  const next = tokens[j + 1];
  const brokenGroup =
    next && APOSTROPHES.has(next.text) && next.start === tokens[j].end && tokens[j + 2]?.kind === 'num';
  if (brokenGroup) return { end: j + 2, clear: false };
  return { end: j, clear: !apostrophes || /^\d{1,3}$/.test(tokens[i].text) };
}

const APOSTROPHES = new Set(["'", '’']);
const CHIP_GLOSSES = new Set(['GPUs', 'chips', 'accelerators', 'processors']);

function touchingThree(mark: Token, digits: Token | undefined): boolean {
  return !!digits && digits.kind === 'num' && digits.start === mark.end && /^\d{3}$/.test(digits.text);
}

/** English digits for the reader, grouped as written: "2.000" → "2,000" (a grouped number is never a year). */
export function englishDigits(digits: string, grouped: boolean): string {
  if (!grouped) return digits;
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (point < 0 ? '' : digits.slice(point));
}

/** The gloss of an elided pair at token i ("l’anno" → "annually"), the apostrophe and both words touching. */
export function elidedPair(tokens: Token[], i: number, rules: LangRules): string | undefined {
  const [a, mark, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!b || !APOSTROPHES.has(mark.text) || mark.start !== a.end || b.start !== mark.end || b.kind !== 'word') return;
  const key = `${a.text}’${b.text}`.toLowerCase();
  return rules.pairs && Object.hasOwn(rules.pairs, key) ? rules.pairs[key] : undefined;
}
