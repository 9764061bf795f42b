// The article text as ONE string plus a map back to the text nodes it came from. Pure and generic
// over the node type so it is unit-tested without a DOM (collect.ts feeds it real Text nodes).
//
// Whitespace runs are collapsed to one space (source HTML indentation would otherwise split
// "$1.25\n      billion"), and block boundaries become "\n" so sentences never glue together.
// Collapsing is why one text node may produce several segments: each segment is a stretch of the
// string that maps 1:1 onto a stretch of one node.
import { firstIndex } from '../util/sorted';

export interface Segment<N> {
  node: N;
  /** Offsets into the joined text. */
  start: number;
  end: number;
  /** Offset in the node's own data where this segment begins. */
  nodeStart: number;
}

export interface TextMap<N> {
  text: string;
  /** Sorted by start, non-overlapping. */
  segments: Segment<N>[];
  /** Where the text's language changes (the `lang` of its blocks), sorted by start; '' = unknown. */
  langs?: LangRun[];
}

export interface LangRun {
  start: number;
  lang: string;
}

/** Text of a node, a block boundary, or a change of language from here on. */
export type Piece<N> = { node: N; data: string } | { block: true } | { lang: string };

/** Joins pieces (text nodes in document order, with block boundaries) into a TextMap. Linear in
 *  the input: whole words are appended, and a whitespace run is written lazily as one space only
 *  when a word follows it in the same block. */
export function buildTextMap<N>(pieces: Iterable<Piece<N>>): TextMap<N> {
  const builder = createTextMapBuilder<N>();
  for (const piece of pieces) builder.add(piece);
  return builder.finish();
}

/** buildTextMap one piece at a time, so a huge page's map is built in slices between which the
 *  page runs (`chars` counts the text added so far, for sizing slices). */
export function createTextMapBuilder<N>(): {
  add(piece: Piece<N>): void;
  finish(): TextMap<N>;
  readonly chars: number;
} {
  const parts: string[] = [];
  const segments: Segment<N>[] = [];
  const langs: LangRun[] = [];
  let length = 0;
  let chars = 0;
  let pendingSpace: { node: N; nodeStart: number } | null = null;
  let pendingBreak = false;

  const emit = (node: N, nodeStart: number, s: string) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += s.length;
    } else {
      segments.push({ node, start: length, end: length + s.length, nodeStart });
    }
    parts.push(s);
    length += s.length;
  };
  const word = (node: N, nodeStart: number, s: string) => {
    if (pendingBreak) {
      parts.push('\n');
      length += 1;
    } else if (pendingSpace) {
      emit(pendingSpace.node, pendingSpace.nodeStart, ' ');
    }
    pendingBreak = false;
    pendingSpace = null;
    emit(node, nodeStart, s);
  };

  return {
    add(piece) {
      if ('lang' in piece) {
        // From the next word on (a pending break or space is written before it).
        const at = length + (pendingBreak || pendingSpace ? 1 : 0);
        const last = langs[langs.length - 1];
        if (last && last.start === at) last.lang = piece.lang;
        else if (!last || last.lang !== piece.lang) langs.push({ start: at, lang: piece.lang });
        return;
      }
      if ('block' in piece) {
        if (length > 0) pendingBreak = true;
        pendingSpace = null;
        return;
      }
      const { node, data } = piece;
      chars += data.length;
      const spaces = /\s+/g;
      let pos = 0;
      for (let m = spaces.exec(data); m; m = spaces.exec(data)) {
        if (m.index > pos) word(node, pos, data.slice(pos, m.index));
        if (length > 0 && !pendingBreak && !pendingSpace) pendingSpace = { node, nodeStart: m.index };
        pos = m.index + m[0].length;
      }
      if (pos < data.length) word(node, pos, data.slice(pos));
    },
    finish: () => ({ text: parts.join(''), segments, ...(langs.length ? { langs } : {}) }),
    get chars() {
      return chars;
    },
  };
}

/** Index of the segment holding string offset `offset`. For a range START the character at
 *  `offset` must be in the segment; for a range END the character before it must. -1 if none. */
function segmentAt<N>(segments: readonly Segment<N>[], offset: number, edge: 'start' | 'end'): number {
  // Segments are sorted and disjoint, so their ends ascend: the only candidate is the first that
  // ends after the offset (START) or at or after it (END).
  const i = firstIndex(segments.length, (k) =>
    edge === 'start' ? segments[k].end > offset : segments[k].end >= offset,
  );
  const s = segments[i];
  const inside = s && (edge === 'start' ? offset >= s.start : offset > s.start);
  return inside ? i : -1;
}

interface NodePoint<N> {
  node: N;
  offset: number;
}

/** A string offset as a (node, offset-in-node) point, or null when the offset is on a "\n" we
 *  inserted or outside the text. `edge` as in segmentAt. */
export function toNodePoint<N>(map: TextMap<N>, offset: number, edge: 'start' | 'end'): NodePoint<N> | null {
  let i = segmentAt(map.segments, offset, edge);
  if (i < 0 && edge === 'start') i = segmentAt(map.segments, offset + 1, 'start'); // skip a leading break
  if (i < 0 && edge === 'end') i = segmentAt(map.segments, offset - 1, 'end'); // skip a trailing break
  if (i < 0) return null;
  const s = map.segments[i];
  const at = Math.min(Math.max(offset, s.start), s.end);
  return { node: s.node, offset: s.nodeStart + (at - s.start) };
}

/** Both ends of [start, end) as node points; null when either end cannot be placed. */
export function toNodeSpan<N>(
  map: TextMap<N>,
  start: number,
  end: number,
): { start: NodePoint<N>; end: NodePoint<N> } | null {
  const a = toNodePoint(map, start, 'start');
  const b = toNodePoint(map, end, 'end');
  return a && b ? { start: a, end: b } : null;
}

/** Index of segments by node, for mapping a caret (node, offset) back to a string offset. */
export function indexByNode<N>(segments: readonly Segment<N>[]): Map<N, Segment<N>[]> {
  const byNode = new Map<N, Segment<N>[]>();
  for (const s of segments) {
    const list = byNode.get(s.node);
    if (list) list.push(s);
    else byNode.set(s.node, [s]);
  }
  return byNode;
}

/** The string offset of a caret at (node, nodeOffset), or -1 when that point is not in our text. */
export function toTextOffset<N>(byNode: ReadonlyMap<N, readonly Segment<N>[]>, node: N, nodeOffset: number): number {
  const list = byNode.get(node);
  if (!list) return -1;
  for (const s of list) {
    const len = s.end - s.start;
    if (nodeOffset >= s.nodeStart && nodeOffset <= s.nodeStart + len) return s.start + (nodeOffset - s.nodeStart);
  }
  return -1;
}
