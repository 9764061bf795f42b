// The one binary search: every sorted list in the project (tokens, sentences, mentions, text
// segments, ranked values) is searched through it. Pure.

/** The first index in [0, length) for which `isAtOrAfter` holds, or `length` when none does.
 *  `isAtOrAfter` must be false for a prefix of the indexes and true for the rest (monotone). */
export function firstIndex(length: number, isAtOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
