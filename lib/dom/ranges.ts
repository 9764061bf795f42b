// String offsets → live DOM Ranges, through a TextMap. Ranges stay valid as the page edits around
// them (the browser adjusts live ranges), which is what the marks and hit-testing need.
import { toNodeSpan, type TextMap } from './textmap';

export function rangeFor(doc: Document, map: TextMap<Text>, start: number, end: number): Range | null {
  const span = toNodeSpan(map, start, end);
  if (!span) return null;
  try {
    const range = doc.createRange();
    range.setStart(span.start.node, span.start.offset);
    range.setEnd(span.end.node, span.end.offset);
    return range.collapsed ? null : range;
  } catch {
    return null; // a node left the document between collection and now
  }
}

/** Whether (x, y) lies inside one of the range's line boxes (with a 1 px tolerance). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The first visible line box of a range (for placing the tooltip), or its bounding box. */
export function anchorRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) if (rects[i].width > 0 && rects[i].height > 0) return rects[i];
  return range.getBoundingClientRect();
}

/** A caret (text node + offset) under the point, from whichever API the browser has. */
export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
