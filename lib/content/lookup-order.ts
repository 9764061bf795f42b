// The order in which a scan's mentions are looked up when the page holds more figures than one
// request carries: what is in the viewport first, then the newest chunks (a live blog's latest
// posts), then page order. Pure: the layout reads come in as a function.
import { firstIndex } from '../util/sorted';

/** At most this many marks are looked up first as "on screen" (a viewport rarely shows more). */
const ON_SCREEN_CAP = 2_000;

/** The rectangle a mark is drawn in, as far as the order needs it. */
type Box = { top: number; bottom: number };

/** Marks in the viewport (0 ≤ top < height), with a bounded number of layout reads: marks follow
 *  document order, which runs top to bottom, so a binary search finds the first one on screen and a
 *  short walk the rest (one rect per mark read for 100,000 marks took over a second in one task). */
export function onScreen(
  size: number,
  rect: (i: number) => Box | undefined,
  height: number,
  cap = ON_SCREEN_CAP,
): Set<number> {
  const first = firstIndex(size, (i) => (rect(i)?.bottom ?? 0) > 0);
  const seen = new Set<number>();
  for (let i = first; i < size && seen.size < cap; i++) {
    const r = rect(i);
    if (!r) continue;
    if (r.top >= height) break;
    seen.add(i);
  }
  return seen;
}

/** A priority per mention index (lower is asked first): all equal when every figure fits in one
 *  request; else on-screen marks, then by chunk, newest first. `seen` is only called when needed. */
export function lookupPriority(
  figures: number,
  limit: number,
  chunkOf: readonly number[],
  seen: () => ReadonlySet<number>,
): (i: number) => number {
  if (figures <= limit) return () => 0;
  const newest = chunkOf[chunkOf.length - 1] ?? 0;
  const shown = seen();
  return (i) => (shown.has(i) ? 0 : 1_000_000) + (newest - chunkOf[i]);
}
