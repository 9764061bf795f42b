import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeTooltip } from './position';

const VIEW = { width: 1000, height: 800 };
const BOX = { width: 360, height: 200 };

describe('placeTooltip', () => {
  it('goes below the mark, aligned to its left edge, when there is room', () => {
    const p = placeTooltip({ left: 100, top: 100, width: 80, height: 20 }, BOX, VIEW);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 120 + GAP });
  });
  it('flips above near the bottom of the viewport', () => {
    const p = placeTooltip({ left: 100, top: 700, width: 80, height: 20 }, BOX, VIEW);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - GAP - 200);
  });
  it('stays on screen horizontally near the right edge and never starts left of the margin', () => {
    expect(placeTooltip({ left: 950, top: 100, width: 40, height: 20 }, BOX, VIEW).left).toBe(1000 - MARGIN - 360);
    expect(placeTooltip({ left: -30, top: 100, width: 40, height: 20 }, BOX, VIEW).left).toBe(MARGIN);
  });
  it('caps the height to the larger side when the box fits neither', () => {
    const tall = { width: 360, height: 2000 };
    const p = placeTooltip({ left: 10, top: 300, width: 40, height: 20 }, tall, VIEW);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 320 - GAP - MARGIN);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - MARGIN);
    const q = placeTooltip({ left: 10, top: 600, width: 40, height: 20 }, tall, VIEW);
    expect(q.side).toBe('above');
    expect(q.top).toBeGreaterThanOrEqual(MARGIN);
  });
  it('fits a narrow viewport', () => {
    const p = placeTooltip({ left: 50, top: 10, width: 40, height: 20 }, BOX, { width: 300, height: 800 });
    expect(p.left).toBe(MARGIN);
  });
});
