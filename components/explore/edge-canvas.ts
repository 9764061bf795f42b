// The network's links on one <canvas> instead of 1,500 SVG lines: a filter change at 10,000 deals
// redrew those lines through Preact's diff and SVG attribute updates (≈42 ms median); grouped
// into one path per look (state × width bucket) they draw in a few ms. Pure parts (segments,
// grouping, hit-testing) are separate from the drawing, which only takes a 2D context.
import type { Layout } from './layout';
import type { NetworkPicture } from './network';
import { trimmed } from './network';

type EdgeLook = 'normal' | 'dim';

export interface Segment {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  mutual: boolean;
}

/** The drawn segments of the picture's edges, endpoints trimmed to the circles' rims. Edges with
 *  an unplaced end are left out. */
export function segmentsOf(pic: NetworkPicture, layout: Layout, radius: ReadonlyMap<string, number>): Segment[] {
  const out: Segment[] = [];
  for (const e of pic.edges) {
    const a = layout[e.from];
    const b = layout[e.to];
    if (!a || !b) continue;
    out.push({
      key: e.key,
      ...trimmed(a, b, radius.get(e.from) ?? 4, radius.get(e.to) ?? 4),
      width: e.width,
      mutual: e.mutual,
    });
  }
  return out;
}

/** One canvas path: every segment with the same look, dash and (rounded) width. */
export interface EdgeGroup {
  look: EdgeLook;
  mutual: boolean;
  /** Line width, rounded to half a pixel (at most 19 buckets for 1–10 px). */
  width: number;
  segments: Segment[];
}

export function groupSegments(segments: readonly Segment[], lookOf: (s: Segment) => EdgeLook): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const s of segments) {
    const look = lookOf(s);
    const width = Math.round(s.width * 2) / 2;
    const id = `${look}|${s.mutual}|${width}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { look, mutual: s.mutual, width, segments: [] }));
    g.segments.push(s);
  }
  // Dimmed ones first, so the rest draws over them.
  return [...groups.values()].sort((a, b) => Number(b.look === 'dim') - Number(a.look === 'dim'));
}

/** Distance from (px, py) to the segment. */
export function segmentDistance(s: Pick<Segment, 'x1' | 'y1' | 'x2' | 'y2'>, px: number, py: number): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / len2)) : 0;
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** The segment nearest to (px, py) within `tolerance` plus half its width, or null. A linear scan:
 *  1,500 segments take well under a millisecond, less than keeping a spatial index current. */
export function nearestSegment(
  segments: readonly Segment[],
  px: number,
  py: number,
  tolerance: number,
): Segment | null {
  let best: Segment | null = null;
  let bestD = Infinity;
  for (const s of segments) {
    const d = segmentDistance(s, px, py) - s.width / 2;
    if (d <= tolerance && d < bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

export interface EdgeColors {
  edge: string;
  opacity: Record<EdgeLook, number>;
}

/** The arrowhead at the segment's end (the money's destination), as the SVG marker drew it. */
function arrowhead(ctx: CanvasRenderingContext2D, s: Segment) {
  const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
  const [ux, uy] = [(s.x2 - s.x1) / len, (s.y2 - s.y1) / len];
  const size = 5;
  ctx.moveTo(s.x2, s.y2);
  ctx.lineTo(s.x2 - ux * size - (uy * size) / 2, s.y2 - uy * size + (ux * size) / 2);
  ctx.lineTo(s.x2 - ux * size + (uy * size) / 2, s.y2 - uy * size - (ux * size) / 2);
  // No closePath(): fill() closes each triangle, and 1,500 closePath calls cost ≈1 ms per redraw.
}

/** Draws the groups in viewBox units; `scale` maps them to canvas pixels (display size × DPR). */
export function drawEdges(
  ctx: CanvasRenderingContext2D,
  groups: readonly EdgeGroup[],
  colors: EdgeColors,
  scale: number,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.strokeStyle = colors.edge;
  ctx.fillStyle = colors.edge;
  ctx.lineCap = 'butt';
  for (const g of groups) {
    ctx.globalAlpha = colors.opacity[g.look];
    ctx.lineWidth = g.width;
    ctx.setLineDash(g.mutual ? [4, 3] : []);
    ctx.beginPath();
    for (const s of g.segments) {
      ctx.moveTo(s.x1, s.y1);
      ctx.lineTo(s.x2, s.y2);
    }
    ctx.stroke();
    if (!g.mutual) {
      ctx.beginPath();
      for (const s of g.segments) arrowhead(ctx, s);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}
