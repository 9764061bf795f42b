// Everything the content script knows about the page's marks: mentions (in scan chunks, each with
// its own text map), their live Ranges, and the indexes that make hit-testing cheap.
import type { Mention, MentionType } from '../extract/types';
import { caretFromPoint, rangeContainsPoint, rangeFor } from '../dom/ranges';
import { sortOrder, spansAt, type Span } from '../dom/spans';
import { indexByNode, toTextOffset, type Segment, type TextMap } from '../dom/textmap';
import { mentionId } from '../extract/document';
import type { DealReading } from '../reading/types';

/** Marks kept per text node. Beyond it a node is not prose (a run like "$1-$1-$1-…" yields one
 *  figure per 3 characters), and Chromium's highlight painting grows faster than linearly with
 *  the ranges in one node: 4,000 took ~0.4 s a frame, 33,000 froze the tab for minutes. The
 *  mentions stay (page summary); they just get no range, so no mark and no hover. */
export const MAX_MARKS_PER_NODE = 100;

interface Chunk {
  map: TextMap<Text>;
  /** Ranges built so far per start node (for MAX_MARKS_PER_NODE). */
  marksPerNode: Map<Node, number>;
  byNode: Map<Text, Segment<Text>[]>;
  /** Chunk-local spans sorted by start, and the global mention index of each. */
  spans: Span[];
  globals: number[];
  /** The deals this chunk reports (lib/reading), in chunk offsets; ids are chunk-local. */
  readings: DealReading[];
  /** Stable for the chunk's life (indexes shift when chunks are pruned): prefixes page-wide ids. */
  serial: number;
}

export class PageIndex {
  readonly mentions: Mention[] = [];
  readonly ranges: (Range | null)[] = [];
  /** Chunk of each mention, so its sentence can be read from the right text. */
  readonly chunkOf: number[] = [];
  private chunks: Chunk[] = [];
  private chunkOfNode = new Map<Text, number>();
  private order: number[] | null = null;
  private serials = 0;

  get size(): number {
    return this.mentions.length;
  }

  /** Adds one scanned chunk; returns the global indexes of its mentions. `makeRanges` may run in
   *  slices (it is called with the index range to build), so big chunks never block for long. */
  addChunk(map: TextMap<Text>, mentions: Mention[]): number[] {
    const c = this.chunks.length;
    const first = this.mentions.length;
    const globals = mentions.map((_, i) => first + i);
    const perm = sortOrder(mentions);
    this.chunks.push({
      map,
      marksPerNode: new Map(),
      byNode: indexByNode(map.segments),
      spans: perm.map((i) => mentions[i]),
      globals: perm.map((i) => globals[i]),
      readings: [],
      serial: this.serials++,
    });
    for (const s of map.segments) this.chunkOfNode.set(s.node, c);
    for (const m of mentions) {
      this.mentions.push(m);
      this.ranges.push(null);
      this.chunkOf.push(c);
    }
    this.order = null;
    return globals;
  }

  /** Builds ranges for mentions [from, to) (in order: a node's first MAX_MARKS_PER_NODE win). */
  buildRanges(doc: Document, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const m = this.mentions[i];
      const chunk = this.chunks[this.chunkOf[i]];
      const range = rangeFor(doc, chunk.map, m.start, m.end);
      const n = range ? (chunk.marksPerNode.get(range.startContainer) ?? 0) + 1 : 0;
      if (range) chunk.marksPerNode.set(range.startContainer, n);
      this.ranges[i] = n > MAX_MARKS_PER_NODE ? null : range;
    }
    this.order = null;
  }

  /** Sets the readings of the chunk that holds mention `index`. */
  setReadings(index: number, readings: DealReading[]): void {
    const chunk = this.chunks[this.chunkOf[index]];
    if (chunk) chunk.readings = readings;
  }

  /** The deal reading mention `index` belongs to, if any. */
  readingOf(index: number): DealReading | null {
    const chunk = this.chunks[this.chunkOf[index]];
    const m = this.mentions[index];
    if (!chunk || !m) return null;
    const id = mentionId(m);
    return chunk.readings.find((r) => r.mentionIds.includes(id)) ?? null;
  }

  /** Every reading of the page, with page-wide ids (see pageId). */
  allReadings(): DealReading[] {
    return this.chunks.flatMap((c) =>
      c.readings.map((r) => ({
        ...r,
        id: `${c.serial}:${r.id}`,
        mentionIds: r.mentionIds.map((id) => `${c.serial}:${id}`),
        parties: r.parties.map((p) => ({ ...p, mentionIds: p.mentionIds.map((id) => `${c.serial}:${id}`) })),
      })),
    );
  }

  /** Mention `index`'s page-wide id: its chunk's serial and its id in the chunk (`2:money@120`), the
   *  same across the message boundary whatever the array order. */
  pageId(index: number): string {
    return `${this.chunks[this.chunkOf[index]]?.serial ?? 0}:${mentionId(this.mentions[index])}`;
  }

  /** The mention with page-wide id `id`, or -1. */
  indexOfId(id: string): number {
    for (let i = 0; i < this.mentions.length; i++) if (this.pageId(i) === id) return i;
    return -1;
  }

  textOf(index: number): string {
    return this.chunks[this.chunkOf[index]]?.map.text ?? '';
  }

  /** Mentions of the same chunk (their offsets share one text). */
  chunkMentions(index: number): { mentions: Mention[]; local: number } {
    const c = this.chunkOf[index];
    const globals = this.chunks[c].globals.slice().sort((a, b) => a - b);
    return { mentions: globals.map((g) => this.mentions[g]), local: globals.indexOf(index) };
  }

  /** The mention under the viewport point, or -1: caret → text offset → candidate spans → the
   *  one whose line boxes really contain the point (a caret snaps to the nearest character even
   *  in the margin). */
  hitTest(doc: Document, x: number, y: number, visible: (t: MentionType) => boolean): number {
    const caret = caretFromPoint(doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return -1;
    const c = this.chunkOfNode.get(caret.node as Text);
    if (c === undefined) return -1;
    const chunk = this.chunks[c];
    const offset = toTextOffset(chunk.byNode, caret.node as Text, caret.offset);
    if (offset < 0) return -1;
    for (const local of spansAt(chunk.spans, offset)) {
      const g = chunk.globals[local];
      const range = this.ranges[g];
      if (range && visible(this.mentions[g].type) && rangeContainsPoint(range, x, y)) return g;
    }
    return -1;
  }

  /** Fallback for wrapper marks (text nodes were split): the innermost mention whose range
   *  holds the wrapper element `el`. */
  hitTestElement(el: Element, visible: (t: MentionType) => boolean): number {
    let best = -1;
    let bestLength = Infinity;
    for (let i = 0; i < this.ranges.length; i++) {
      const r = this.ranges[i];
      if (!r || !visible(this.mentions[i].type) || !r.intersectsNode(el)) continue;
      const length = r.toString().length;
      if (length < bestLength) [best, bestLength] = [i, length];
    }
    return best;
  }

  /** Mention indexes in document order (for keyboard navigation), live ranges only. */
  documentOrder(visible: (t: MentionType) => boolean): number[] {
    if (!this.order) {
      const live = this.ranges
        .map((r, i) => (r && !r.collapsed && r.startContainer.isConnected ? i : -1))
        .filter((i) => i >= 0);
      this.order = live.sort((a, b) => this.ranges[a]!.compareBoundaryPoints(Range.START_TO_START, this.ranges[b]!));
    }
    return this.order.filter((i) => visible(this.mentions[i].type));
  }

  /** Mentions still on the page (removed content drops out). */
  liveIndexes(): number[] {
    return this.ranges
      .map((r, i) => (r && !r.collapsed && r.startContainer.isConnected ? i : -1))
      .filter((i) => i >= 0);
  }

  /** Forgets chunks none of whose text is on the page any more (a ticker's replaced paragraphs,
   *  a live blog's old entries), so a page that keeps replacing content does not grow the index,
   *  the marks and every lookup without end. Returns old mention index → new one (-1: dropped),
   *  or null when every chunk is still (at least partly) on the page. */
  prune(): number[] | null {
    const dead = this.chunks.map((c) => c.map.segments.every((s) => !s.node.isConnected));
    if (!dead.includes(true)) return null;
    const newChunk: number[] = [];
    const kept: Chunk[] = [];
    this.chunks.forEach((c, i) => newChunk.push(dead[i] ? -1 : kept.push(c) - 1));
    const remap: number[] = [];
    const mentions = this.mentions.splice(0);
    const ranges = this.ranges.splice(0);
    const chunkOf = this.chunkOf.splice(0);
    mentions.forEach((m, i) => {
      const c = newChunk[chunkOf[i]];
      remap.push(c < 0 ? -1 : this.mentions.length);
      if (c < 0) return;
      this.mentions.push(m);
      this.ranges.push(ranges[i]);
      this.chunkOf.push(c);
    });
    for (const c of kept) c.globals = c.globals.map((g) => remap[g]);
    this.chunks = kept;
    this.chunkOfNode.clear();
    kept.forEach((c, i) => {
      for (const s of c.map.segments) this.chunkOfNode.set(s.node, i);
    });
    this.order = null;
    return remap;
  }

  /** Whether a node is already part of a scanned chunk. */
  hasNode(node: Text): boolean {
    return this.chunkOfNode.has(node);
  }
}
