// Node positions for the network view, from d3-force (many-body repulsion, links pulling deal
// partners together, a weak pull to the centre). The simulation runs once, synchronously, for a
// fixed number of ticks: d3-force seeds its own positions deterministically, so the same graph
// always gives the same picture. The result is cached by the data version (the cache
// generation): in memory for re-renders, in sessionStorage so a reload does not re-simulate.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Graph } from './graph';

export interface Point {
  x: number;
  y: number;
}
/** Positions by company name, in a box of WIDTH × HEIGHT. */
export type Layout = Record<string, Point>;

export const WIDTH = 1000;
export const HEIGHT = 700;
const TICKS = 300;

/** Node radius from its disclosed value: area grows with value, from 4 px up to `maxRadius`. */
export function nodeRadius(disclosedUsd: number, maxUsd: number, maxRadius = 28): number {
  if (maxUsd <= 0 || disclosedUsd <= 0) return 4;
  return 4 + (maxRadius - 4) * Math.sqrt(disclosedUsd / maxUsd);
}

/** The largest node's radius: 28 px up to ~100 companies, smaller beyond so hundreds of
 *  companies still leave room for the arrows between them (12 px at 500). */
export function maxRadiusFor(nodeCount: number): number {
  return Math.max(8, Math.min(28, 280 / Math.sqrt(Math.max(1, nodeCount))));
}

export function computeLayout(graph: Graph): Layout {
  const maxUsd = Math.max(0, ...graph.nodes.map((n) => n.disclosedUsd));
  type N = SimulationNodeDatum & { id: string; r: number };
  const maxR = maxRadiusFor(graph.nodes.length);
  const nodes: N[] = graph.nodes.map((n) => ({ id: n.name, r: nodeRadius(n.disclosedUsd, maxUsd, maxR) }));
  // One link per company pair, whatever the direction or the number of deals. d3's default link
  // strength (1 / the busier end's link count) keeps hubs from pulling everything into a ball.
  const pairs = new Map<string, { source: string; target: string }>();
  for (const e of graph.edges) {
    const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
    pairs.set(`${a}\u0000${b}`, { source: a, target: b });
  }
  // Fewer, weaker charges on big graphs keep the picture inside the box.
  const charge = -30 - 600 / Math.sqrt(Math.max(1, nodes.length));
  const sim = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(charge).distanceMax(400))
    .force(
      'link',
      forceLink<N, { source: string; target: string }>([...pairs.values()])
        .id((n) => n.id)
        .distance(40),
    )
    .force(
      'collide',
      forceCollide<N>((n) => n.r + 2),
    )
    .force('center', forceCenter(0, 0))
    .stop();
  sim.tick(TICKS);
  return fitToBox(nodes.map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0, r: n.r })));
}

/** Scales and centres positions into the WIDTH × HEIGHT box, keeping the aspect ratio. */
function fitToBox(points: { id: string; x: number; y: number; r: number }[], pad = 32): Layout {
  const out: Layout = {};
  if (!points.length) return out;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * pad) / Math.max(1, x1 - x0), (HEIGHT - 2 * pad) / Math.max(1, y1 - y0), 4);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const p of points) out[p.id] = { x: WIDTH / 2 + (p.x - cx) * scale, y: HEIGHT / 2 + (p.y - cy) * scale };
  return out;
}

/** What the cache needs of sessionStorage (injected, so tests use a Map). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const memory = new Map<string, Layout>();
const STORAGE_PREFIX = 'deallens-explore-layout:';

/** The layout for a data version, computed at most once per version and page session. A
 *  storage that is full or missing only costs the reload's re-simulation. */
export function cachedLayout(
  version: string,
  graph: Graph,
  store: KeyValueStore | null,
  compute = computeLayout,
): Layout {
  const hit = memory.get(version);
  if (hit) return hit;
  const key = STORAGE_PREFIX + version;
  let layout: Layout | null = null;
  try {
    const saved = store?.getItem(key);
    if (saved) layout = JSON.parse(saved) as Layout;
  } catch {
    /* unreadable: recompute */
  }
  // A stored layout missing a node (different data under the same key) is not reused.
  if (!layout || graph.nodes.some((n) => !layout![n.name])) {
    layout = compute(graph);
    try {
      store?.setItem(key, JSON.stringify(layout));
    } catch {
      /* quota: memory only */
    }
  }
  memory.set(version, layout);
  return layout;
}

/** For tests: forget the in-memory layouts. */
export function clearLayoutMemory(): void {
  memory.clear();
}
