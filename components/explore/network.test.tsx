import { describe, expect, it } from 'vitest';
import type { Graph } from './graph';
import { edgeWidth, MAX_EDGES, pictureOf, trimmed } from './network';

const node = (name: string, usd: number) => ({ name, kind: 'other' as const, disclosedUsd: usd, deals: 1 });
const edge = (from: string, to: string, w: number) => ({
  key: `${from}→${to}`,
  from,
  to,
  mutual: false,
  weightUsd: w,
  dealIds: [`${from}${to}`],
});

describe('pictureOf', () => {
  it('keeps the heaviest edges, but always those of the focused company', () => {
    const edges = Array.from({ length: MAX_EDGES + 10 }, (_, i) => edge(`N${i}`, `M${i}`, 1000 + i));
    edges.push(edge('Tiny', 'Small', 1));
    const g: Graph = { nodes: [node('Tiny', 1), node('Small', 1)], edges };
    const plain = pictureOf(g, '');
    expect(plain.edges).toHaveLength(MAX_EDGES);
    expect(plain.hiddenEdges).toBe(11);
    expect(plain.edges.some((e) => e.from === 'Tiny')).toBe(false);
    const focused = pictureOf(g, 'Small');
    expect(focused.edges[0].from).toBe('Tiny');
    expect([...focused.focus].sort()).toEqual(['Small', 'Tiny']);
    expect([...focused.labelled].sort()).toEqual(['Small', 'Tiny']);
  });
  it('labels the largest companies when nothing is focused', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => node(`C${i}`, i));
    const p = pictureOf({ nodes, edges: [] }, '');
    expect(p.labelled.size).toBe(30);
    expect(p.labelled.has('C39')).toBe(true);
    expect(p.labelled.has('C0')).toBe(false);
  });
});

describe('geometry', () => {
  it('widths grow with the square root of value, 1 to 10 px', () => {
    expect(edgeWidth(0, 100)).toBe(1);
    expect(edgeWidth(100, 100)).toBe(10);
    expect(edgeWidth(25, 100)).toBe(5.5);
  });
  it('trims segments to the circles', () => {
    expect(trimmed({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20)).toEqual({ x1: 10, y1: 0, x2: 78, y2: 0 });
  });
});
