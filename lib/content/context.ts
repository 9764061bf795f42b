// What surrounds a mention in the article text: its sentence, and figures sharing it. Pure.
import type { GpuMention, Mention } from '../extract/types';

const isEnd = (text: string, i: number) =>
  text[i] === '\n' ||
  ((text[i] === '.' || text[i] === '!' || text[i] === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1])));

/** [start, end) of the sentence holding `offset`: bounded by "\n" or by . ! ? before whitespace
 *  (so "$1.25" never ends a sentence). */
export function sentenceAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && !isEnd(text, start - 1)) start--;
  let end = offset;
  while (end < text.length && !isEnd(text, end)) end++;
  return [start, Math.min(text.length, end + 1)];
}

/** The accelerator count nearest to mention `index` in the same sentence, if any. */
export function gpuInSentence(text: string, mentions: readonly Mention[], index: number): GpuMention | null {
  const m = mentions[index];
  if (!m) return null;
  const [s, e] = sentenceAround(text, m.start);
  let best: GpuMention | null = null;
  let bestDistance = Infinity;
  for (const other of mentions) {
    if (other.type !== 'gpu' || !other.count || other.vague || other.start < s || other.end > e) continue;
    const distance = Math.abs(other.start - m.start);
    if (distance < bestDistance) [best, bestDistance] = [other, distance];
  }
  return best;
}

/** Canonical names of the companies in the same sentence as mention `index`. */
export function companiesInSentence(text: string, mentions: readonly Mention[], index: number): string[] {
  const m = mentions[index];
  if (!m) return [];
  const [s, e] = sentenceAround(text, m.start);
  return [
    ...new Set(mentions.flatMap((o) => (o.type === 'company' && o.start >= s && o.end <= e ? [o.canonical] : []))),
  ];
}
