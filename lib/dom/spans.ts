// Sorted-span search for hit-testing: which marks could sit under a caret offset. Pure.
import { firstIndex } from '../util/sorted';

export interface Span {
  start: number;
  end: number;
}

/** Indexes of spans sorted by start (ties: any order) that contain `offset`, where a caret right
 *  after the last character also counts (caret-from-point snaps to the nearest character edge).
 *  Innermost (shortest) first. The caller confirms with the pointer against client rects. */
export function spansAt(spans: readonly Span[], offset: number): number[] {
  // Last span starting at or before offset.
  const last = firstIndex(spans.length, (k) => spans[k].start > offset) - 1;
  const hits: number[] = [];
  // Spans rarely nest more than once, so a short walk back is enough; stop once spans are far away.
  for (let i = last; i >= 0 && i > last - 8; i--) {
    if (spans[i].end >= offset) hits.push(i);
  }
  return hits.sort((a, b) => spans[a].end - spans[a].start - (spans[b].end - spans[b].start));
}

/** Next (+1) or previous (-1) index from `current` in a list of `count`, wrapping; from -1 the
 *  first step goes to the first (or last) item. */
export function stepIndex(current: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Sorts spans by start then end, returning the permutation (so mention indexes stay stable). */
export function sortOrder(spans: readonly Span[]): number[] {
  return spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[a].end - spans[b].end);
}
