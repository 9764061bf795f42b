import { describe, expect, it } from 'vitest';
import {
  buildTextMap,
  createTextMapBuilder,
  indexByNode,
  toNodePoint,
  toNodeSpan,
  toTextOffset,
  type Piece,
} from './textmap';

// Nodes are plain objects with a name, standing in for DOM Text nodes.
const n = (name: string, data: string) => ({ node: { name }, data });
type N = { name: string };

function slice(pieces: { node: N; data: string }[], span: ReturnType<typeof toNodeSpan<N>>): string {
  // Reads the raw node text between two node points, as a DOM Range's toString() would.
  if (!span) return '';
  const nodes = pieces.map((p) => p.node);
  const a = nodes.indexOf(span.start.node);
  const b = nodes.indexOf(span.end.node);
  if (a === b) return pieces[a].data.slice(span.start.offset, span.end.offset);
  let out = pieces[a].data.slice(span.start.offset);
  for (let i = a + 1; i < b; i++) out += pieces[i].data;
  return out + pieces[b].data.slice(0, span.end.offset);
}

describe('buildTextMap', () => {
  it('joins inline nodes and puts "\\n" between blocks', () => {
    const map = buildTextMap<N>([
      n('a', 'OpenAI pays '),
      n('b', '$1.25'),
      n('c', ' billion.'),
      { block: true },
      n('d', 'Next one.'),
    ]);
    expect(map.text).toBe('OpenAI pays $1.25 billion.\nNext one.');
  });

  it('collapses whitespace runs, including across nodes and around blocks', () => {
    const map = buildTextMap<N>([
      { block: true },
      n('a', '\n   Lead  \n  text '),
      n('b', '  more'),
      { block: true },
      n('c', '   \n '),
      { block: true },
      n('d', '  end  '),
    ]);
    expect(map.text).toBe('Lead text more\nend');
  });

  it('maps a figure split across inline elements back to its nodes', () => {
    const pieces = [n('a', 'It paid '), n('b', '$1.25'), n('c', '\n    billion'), n('d', ' a month.')];
    const map = buildTextMap<N>(pieces);
    expect(map.text).toBe('It paid $1.25 billion a month.');
    const start = map.text.indexOf('$1.25');
    const end = start + '$1.25 billion a month'.length;
    const span = toNodeSpan(map, start, end);
    expect(span?.start).toEqual({ node: pieces[1].node, offset: 0 });
    expect(span?.end).toEqual({ node: pieces[3].node, offset: ' a month'.length });
    expect(slice(pieces, span)).toBe('$1.25\n    billion a month');
  });

  it('places offsets inside a node after a collapsed run', () => {
    const pieces = [n('a', 'x   \t y  z')];
    const map = buildTextMap<N>(pieces);
    expect(map.text).toBe('x y z');
    expect(toNodePoint(map, 2, 'start')).toEqual({ node: pieces[0].node, offset: 6 });
    expect(toNodePoint(map, 5, 'end')).toEqual({ node: pieces[0].node, offset: 10 });
  });

  it('never maps onto an inserted break', () => {
    const pieces = [n('a', 'one'), n('b', 'two')];
    const map = buildTextMap<N>([pieces[0], { block: true }, pieces[1]]);
    expect(map.text).toBe('one\ntwo');
    // A span that starts on the "\n" moves to the next node; one that ends after it moves back.
    expect(toNodePoint(map, 3, 'start')).toEqual({ node: pieces[1].node, offset: 0 });
    expect(toNodePoint(map, 4, 'end')).toEqual({ node: pieces[0].node, offset: 3 });
    expect(toNodePoint(map, 99, 'start')).toBeNull();
  });

  it('round-trips every character offset through node points', () => {
    const pieces = [n('a', '  Alpha   beta'), n('b', ' gamma'), n('c', 'delta \n'), n('d', ' eps')];
    const all: Piece<N>[] = [pieces[0], pieces[1], { block: true }, pieces[2], pieces[3]];
    const map = buildTextMap<N>(all);
    const byNode = indexByNode(map.segments);
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue;
      const p = toNodePoint(map, i, 'start')!;
      expect(toTextOffset(byNode, p.node, p.offset)).toBe(i);
      const raw = pieces.find((x) => x.node === p.node)!.data[p.offset];
      expect(/\s/.test(raw) ? ' ' : raw).toBe(map.text[i]);
    }
    expect(toTextOffset(byNode, { name: 'stranger' }, 0)).toBe(-1);
  });

  it('is linear: a 20,000-block input builds in one pass', () => {
    const pieces: Piece<N>[] = [];
    for (let i = 0; i < 20_000; i++) pieces.push({ block: true }, n(String(i), ` cell ${i} `));
    const map = buildTextMap<N>(pieces);
    expect(map.segments).toHaveLength(20_000);
    expect(map.text.split('\n')).toHaveLength(20_000);
  });
});

describe('createTextMapBuilder', () => {
  it('builds, piece by piece, the same map as buildTextMap', () => {
    const pieces: Piece<string>[] = [
      { node: 'a', data: '  Oracle agreed   to pay ' },
      { node: 'b', data: '$1.5 billion' },
      { block: true },
      { node: 'c', data: '\n for 30,000 GPUs.  ' },
      { block: true },
      { block: true },
      { node: 'd', data: 'End' },
    ];
    const builder = createTextMapBuilder<string>();
    pieces.forEach((p) => builder.add(p));
    expect(builder.finish()).toEqual(buildTextMap(pieces));
    expect(builder.chars).toBe(25 + 12 + 20 + 3);
  });
});
