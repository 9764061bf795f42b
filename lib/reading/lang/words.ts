// Building the word tables of a reading language from space-separated word lists.
import type { Cue } from './types';

/** Each list's words → its cue (a later list wins a word named twice). */
export function cueTable(lists: [words: string, cue: Cue][]): Record<string, Cue> {
  const table: Record<string, Cue> = {};
  for (const [words, cue] of lists) for (const w of words.split(' ')) table[w] = cue;
  return table;
}

export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));
