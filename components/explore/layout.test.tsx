import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from './graph';
import {
  cachedLayout,
  clearLayoutMemory,
  computeLayout,
  HEIGHT,
  maxRadiusFor,
  nodeRadius,
  WIDTH,
  type Layout,
} from './layout';
import { row } from './test-rows';

const rows = Array.from({ length: 40 }, (_, i) =>
  row(`d${i}`, [`C${i % 12}`, `C${(i * 5 + 1) % 12}`], {}, { annual: (i + 1) * 1e8 }),
).filter((r) => r.parties.length === 2);
const graph = buildGraph(rows, () => 'other');

function mapStore() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

beforeEach(() => clearLayoutMemory());

describe('computeLayout', () => {
  it('places every node inside the box, deterministically, without stacking nodes', () => {
    const a = computeLayout(graph);
    expect(Object.keys(a).sort()).toEqual(graph.nodes.map((n) => n.name).sort());
    for (const p of Object.values(a)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(WIDTH);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(HEIGHT);
    }
    expect(computeLayout(graph)).toEqual(a);
    const pts = Object.values(a);
    const minGap = Math.min(...pts.flatMap((p, i) => pts.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    expect(minGap).toBeGreaterThan(4);
  });
  it('grows node area with value', () => {
    expect(nodeRadius(0, 10)).toBe(4);
    expect(nodeRadius(10, 10)).toBe(28);
    expect(nodeRadius(2.5, 10)).toBe(16);
    expect(nodeRadius(10, 10, 12)).toBe(12);
  });
  it('shrinks the largest node as companies grow in number', () => {
    expect(maxRadiusFor(50)).toBe(28);
    expect(maxRadiusFor(400)).toBe(14);
    expect(maxRadiusFor(5000)).toBe(8);
  });
});

describe('cachedLayout', () => {
  it('simulates once per data version, then serves memory, then storage after a reload', () => {
    const store = mapStore();
    const compute = vi.fn(computeLayout);
    const first = cachedLayout('gen-7', graph, store, compute);
    expect(cachedLayout('gen-7', graph, store, compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    clearLayoutMemory(); // a reload
    expect(cachedLayout('gen-7', graph, store, compute)).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(1);
    cachedLayout('gen-8', graph, store, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
  it('recomputes when the stored layout lacks a node or is unreadable, and survives a full store', () => {
    const store = mapStore();
    store.m.set('deallens-explore-layout:v', JSON.stringify({ C0: { x: 1, y: 1 } } satisfies Layout));
    const compute = vi.fn(computeLayout);
    cachedLayout('v', graph, store, compute);
    expect(compute).toHaveBeenCalledTimes(1);
    clearLayoutMemory();
    store.m.set('deallens-explore-layout:w', '{not json');
    const full = {
      getItem: store.getItem,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(Object.keys(cachedLayout('w', graph, full, compute))).toHaveLength(graph.nodes.length);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
