// Where the tooltip box goes: below the mark when it fits, else above, else whichever side has more
// room; always clamped inside the viewport with a margin. Pure (rects in, coordinates out).

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** The box's height cap (px) so it never runs off screen; content scrolls inside. */
  maxHeight: number;
}

export const GAP = 6;
export const MARGIN = 8;

export function placeTooltip(
  anchor: Rect,
  box: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = box.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, 40);
  const height = Math.min(box.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;

  const width = Math.min(box.width, viewport.width - 2 * MARGIN);
  const maxLeft = viewport.width - MARGIN - width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(Math.max(MARGIN, top)), side, maxHeight: Math.floor(room) };
}
