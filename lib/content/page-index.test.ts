import { describe, expect, it } from 'vitest';
import type { Mention } from '../extract/types';
import type { TextMap } from '../dom/textmap';
import { MAX_MARKS_PER_NODE, PageIndex } from './page-index';

/** A stand-in for a Text node: PageIndex only asks whether it is still on the page. */
const node = () => ({ isConnected: true }) as unknown as Text & { isConnected: boolean };

function chunk(text: string, n: Text): TextMap<Text> {
  return { text, segments: [{ node: n, start: 0, end: text.length, nodeStart: 0 }] };
}
const money = (text: string, start: number): Mention => ({
  type: 'money',
  text,
  start,
  end: start + text.length,
  currency: 'USD',
  amount: 1e9,
  period: 'one-time',
});

describe('PageIndex.prune', () => {
  it('keeps everything (and says so) while every chunk is on the page', () => {
    const index = new PageIndex();
    index.addChunk(chunk('Paid $1 billion.', node()), [money('$1 billion', 5)]);
    expect(index.prune()).toBeNull();
    expect(index.size).toBe(1);
  });

  it('drops chunks whose text left the page and renumbers the rest', () => {
    const index = new PageIndex();
    const [a, b, c] = [node(), node(), node()];
    index.addChunk(chunk('Paid $1 billion and $2 billion.', a), [money('$1 billion', 5), money('$2 billion', 20)]);
    index.addChunk(chunk('Then $3 billion.', b), [money('$3 billion', 5)]);
    index.addChunk(chunk('Later $4 billion.', c), [money('$4 billion', 6)]);
    (b as { isConnected: boolean }).isConnected = false;
    expect(index.prune()).toEqual([0, 1, -1, 2]);
    expect(index.mentions.map((m) => m.text)).toEqual(['$1 billion', '$2 billion', '$4 billion']);
    expect(index.size).toBe(3);
    expect(index.hasNode(b)).toBe(false);
    expect(index.hasNode(c)).toBe(true);
    // The kept chunk's mentions are still found by their new indexes.
    expect(index.chunkMentions(2)).toEqual({ mentions: [index.mentions[2]], local: 0 });
    expect(index.textOf(2)).toBe('Later $4 billion.');
    expect(index.prune()).toBeNull();
  });

  it('keeps a chunk while any of its nodes is on the page', () => {
    const index = new PageIndex();
    const [a, b] = [node(), node()];
    const map: TextMap<Text> = {
      text: 'One $1 billion\nTwo $2 billion',
      segments: [
        { node: a, start: 0, end: 14, nodeStart: 0 },
        { node: b, start: 15, end: 29, nodeStart: 0 },
      ],
    };
    index.addChunk(map, [money('$1 billion', 4), money('$2 billion', 19)]);
    (a as { isConnected: boolean }).isConnected = false;
    expect(index.prune()).toBeNull();
    (b as { isConnected: boolean }).isConnected = false;
    expect(index.prune()).toEqual([-1, -1]);
    expect(index.size).toBe(0);
  });
});

describe('PageIndex.buildRanges', () => {
  /** Just enough of Document.createRange for rangeFor. */
  const doc = {
    createRange: () => {
      const r = {
        startContainer: null as unknown,
        collapsed: false,
        setStart(n: unknown) {
          r.startContainer = n;
        },
        setEnd() {},
      };
      return r;
    },
  } as unknown as Document;

  it(`marks at most ${MAX_MARKS_PER_NODE} figures of one text node (a "$1-$1-…" run is not prose)`, () => {
    const index = new PageIndex();
    const [run, prose] = [node(), node()];
    const text = '$1-'.repeat(300);
    const map: TextMap<Text> = {
      text: `${text}\nPaid $5 billion.`,
      segments: [
        { node: run, start: 0, end: text.length, nodeStart: 0 },
        { node: prose, start: text.length + 1, end: text.length + 17, nodeStart: 0 },
      ],
    };
    const mentions = [
      ...Array.from({ length: 300 }, (_, i) => money('$1', i * 3)),
      money('$5 billion', text.length + 6),
    ];
    index.addChunk(map, mentions);
    index.buildRanges(doc, 0, 150); // in two slices, as the content script builds them
    index.buildRanges(doc, 150, index.size);
    const built = index.ranges.map((r) => r !== null);
    expect(built.slice(0, MAX_MARKS_PER_NODE).every(Boolean)).toBe(true);
    expect(built.slice(MAX_MARKS_PER_NODE, 300).some(Boolean)).toBe(false);
    expect(built[300]).toBe(true); // another node keeps its own allowance
    expect(index.size).toBe(301); // the mentions themselves stay
  });
});
