// Where the network's company names go: each candidate, most important first, takes the first
// spot around its circle (above, below, right, left) whose box overlaps no name already placed,
// preferring spots clear of other companies' circles; a name with no free spot is left out (the
// least important ones, since they come last). Sizes are in the picture's own units (the SVG viewBox). Pure.
import type { Point } from './layout';

interface LabelSpot {
  /** Offset of the text anchor from the circle's centre. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelCandidate {
  name: string;
  at: Point;
  r: number;
}

/** The label font's size in viewBox units (explore.css `.labels text`) and a generous average
 *  glyph width for it, so an estimated box is never narrower than the drawn text. */
export const LABEL_FONT = 11;
const GLYPH = 0.62 * LABEL_FONT;
const GAP = 3;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const hitsCircle = (b: Box, c: Point, r: number) => {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < r * r;
};

/** The four spots tried around a circle, each with the text box it would occupy. */
function spotsAround({ name, at, r }: LabelCandidate): [LabelSpot, Box][] {
  const w = name.length * GLYPH;
  const h = LABEL_FONT;
  const { x, y } = at;
  // Baselines: the box spans from `h` above the baseline to a little below it (descenders).
  const above: LabelSpot = { dx: 0, dy: -r - GAP, anchor: 'middle' };
  const below: LabelSpot = { dx: 0, dy: r + GAP + h, anchor: 'middle' };
  const right: LabelSpot = { dx: r + GAP, dy: h / 3, anchor: 'start' };
  const left: LabelSpot = { dx: -r - GAP, dy: h / 3, anchor: 'end' };
  const box = (s: LabelSpot): Box => {
    const bx = x + s.dx - (s.anchor === 'middle' ? w / 2 : s.anchor === 'end' ? w : 0);
    const base = y + s.dy;
    return { x0: bx, y0: base - h, x1: bx + w, y1: base + h * 0.25 };
  };
  return [above, below, right, left].map((s) => [s, box(s)]);
}

/** Spots for as many candidates as fit, in the order given (most important first); `obstacles`
 *  are the drawn circles a name should keep off. `bounds` keeps names inside the picture. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly LabelCandidate[],
  bounds: { width: number; height: number },
): Map<string, LabelSpot> {
  const placed: Box[] = [];
  const out = new Map<string, LabelSpot>();
  for (const c of candidates) {
    const free = spotsAround(c).filter(
      ([, box]) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= bounds.width &&
        box.y1 <= bounds.height &&
        !placed.some((p) => overlaps(p, box)),
    );
    // Off every other circle when possible; else over one (the text's halo keeps it legible),
    // so a hub in a crowd keeps its name. Names never overlap names.
    const chosen = free.find(([, box]) => !obstacles.some((o) => o.name !== c.name && hitsCircle(box, o.at, o.r)));
    const [spot, box] = chosen ?? free[0] ?? [];
    if (!spot || !box) continue;
    placed.push(box);
    out.set(c.name, spot);
  }
  return out;
}
