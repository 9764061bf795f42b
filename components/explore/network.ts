// What the network view draws, decided apart from drawing: which edges (the heaviest, so 10,000
// deals stay legible), their widths, which nodes get a label, and which are dimmed around a
// focused company. Pure.
import type { Graph, GraphEdge } from './graph';

/** More lines than this turn into a grey mat; the rest stay a filter away. */
export const MAX_EDGES = 1500;
const MAX_LABELS = 30;

export interface NetworkPicture {
  edges: (GraphEdge & { width: number })[];
  hiddenEdges: number;
  labelled: Set<string>;
  /** Companies in focus: the selected one and its counterparties (empty: no focus). */
  focus: Set<string>;
}

/** Line width 1–10 px, by the square root of the value against the heaviest edge shown. */
export function edgeWidth(weightUsd: number, maxUsd: number): number {
  return maxUsd > 0 ? 1 + 9 * Math.sqrt(Math.max(0, weightUsd) / maxUsd) : 1;
}

/** The weight of the `n`-th heaviest edge (a numeric typed-array sort: 1/3 of sorting the edge
 *  objects with a comparator, at 9,000 edges). */
function nthHeaviest(edges: readonly GraphEdge[], n: number): number {
  const w = Float64Array.from(edges, (e) => e.weightUsd).sort();
  return w[Math.max(0, w.length - n)];
}

export function pictureOf(graph: Graph, selected: string): NetworkPicture {
  const touches = (e: GraphEdge) => e.from === selected || e.to === selected;
  // A focused company's edges always show, then the heaviest others; only those shown are sorted.
  const own = selected ? graph.edges.filter(touches) : [];
  const others = selected ? graph.edges.filter((e) => !touches(e)) : graph.edges;
  const room = Math.max(0, MAX_EDGES - own.length);
  const floor = others.length > room ? nthHeaviest(others, room) : -Infinity;
  const byWeight = (a: GraphEdge, b: GraphEdge) => b.weightUsd - a.weightUsd;
  const heavy = room
    ? others
        .filter((e) => e.weightUsd >= floor)
        .sort(byWeight)
        .slice(0, room)
    : [];
  const shown = [...own.sort(byWeight), ...heavy].slice(0, MAX_EDGES);
  const maxUsd = Math.max(0, ...shown.map((e) => e.weightUsd));
  const focus = new Set<string>();
  if (selected) {
    focus.add(selected);
    for (const e of own) focus.add(e.from === selected ? e.to : e.from);
  }
  const byValue = focus.size ? [] : [...graph.nodes].sort((a, b) => b.disclosedUsd - a.disclosedUsd);
  const labelled = new Set(focus.size ? focus : byValue.slice(0, MAX_LABELS).map((n) => n.name));
  return {
    edges: shown.map((e) => ({ ...e, width: edgeWidth(e.weightUsd, maxUsd) })),
    hiddenEdges: graph.edges.length - shown.length,
    labelled,
    focus,
  };
}

/** The segment from the edge of one circle to the edge of the other (so arrowheads show). */
export function trimmed(a: { x: number; y: number }, b: { x: number; y: number }, ra: number, rb: number) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return {
    x1: a.x + (dx / len) * ra,
    y1: a.y + (dy / len) * ra,
    x2: b.x - (dx / len) * (rb + 2),
    y2: b.y - (dy / len) * (rb + 2),
  };
}
