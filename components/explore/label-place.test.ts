import { describe, expect, it } from 'vitest';
import { placeLabels, LABEL_FONT, type LabelCandidate } from './label-place';

const BOUNDS = { width: 1000, height: 700 };
const node = (name: string, x: number, y: number, r = 6): LabelCandidate => ({ name, at: { x, y }, r });

/** The text box a spot gives, with the same glyph estimate the placement uses. */
function boxOf(c: LabelCandidate, spot: { dx: number; dy: number; anchor: string }) {
  const w = c.name.length * 0.62 * LABEL_FONT;
  const x0 = c.at.x + spot.dx - (spot.anchor === 'middle' ? w / 2 : spot.anchor === 'end' ? w : 0);
  const base = c.at.y + spot.dy;
  return { x0, x1: x0 + w, y0: base - LABEL_FONT, y1: base + LABEL_FONT / 4 };
}

describe('placeLabels', () => {
  it('puts a lone name above its circle', () => {
    const a = node('Alpha Compute', 500, 300, 10);
    expect(placeLabels([a], [a], BOUNDS).get('Alpha Compute')).toEqual({ dx: 0, dy: -13, anchor: 'middle' });
  });

  it('moves a name that would collide to another side, and no two placed names overlap', () => {
    // Two circles side by side: both names above would overlap.
    const a = node('Northwind Labs', 500, 300);
    const b = node('Southbay Cloud', 530, 300);
    const spots = placeLabels([a, b], [a, b], BOUNDS);
    expect(spots.size).toBe(2);
    const [ba, bb] = [boxOf(a, spots.get(a.name)!), boxOf(b, spots.get(b.name)!)];
    const overlap = ba.x0 < bb.x1 && bb.x0 < ba.x1 && ba.y0 < bb.y1 && bb.y0 < ba.y1;
    expect(overlap).toBe(false);
    expect(spots.get(b.name)).not.toEqual(spots.get(a.name));
  });

  it('leaves out the least important name when no spot is free, never the first', () => {
    // A crowd on one spot: only so many names fit around it.
    const crowd = Array.from({ length: 12 }, (_, i) => node(`Company ${i}`, 500 + (i % 3), 300 + (i % 2)));
    const spots = placeLabels(crowd, crowd, BOUNDS);
    expect(spots.has('Company 0')).toBe(true);
    expect(spots.size).toBeLessThan(crowd.length);
    expect(spots.has('Company 11')).toBe(false);
  });

  it('keeps a name off other circles and inside the picture', () => {
    const big = node('Big', 500, 280, 20);
    const small = node('Tiny Neocloud', 500, 310, 4);
    const spot = placeLabels([small], [big, small], BOUNDS).get('Tiny Neocloud')!;
    expect(spot.dy).toBeGreaterThan(0); // above would cover the big circle: below instead
    // Circles all around: the name still shows (over a circle), since no other name is in the way.
    const ring = [
      big,
      node('N', 500, 255, 12),
      node('S', 500, 345, 12),
      node('E', 570, 310, 40),
      node('W', 430, 310, 40),
    ];
    expect(placeLabels([small], [...ring, small], BOUNDS).has('Tiny Neocloud')).toBe(true);
    const edge = node('Edge Case Power', 2, 350, 4);
    const s = placeLabels([edge], [edge], BOUNDS).get('Edge Case Power')!;
    expect(boxOf(edge, s).x0).toBeGreaterThanOrEqual(0);
  });
});
