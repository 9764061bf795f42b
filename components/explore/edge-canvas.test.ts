import { describe, expect, it } from 'vitest';
import { groupSegments, nearestSegment, segmentDistance, segmentsOf, type Segment } from './edge-canvas';
import type { NetworkPicture } from './network';

const seg = (key: string, x1: number, y1: number, x2: number, y2: number, width = 1, mutual = false): Segment => ({
  key,
  x1,
  y1,
  x2,
  y2,
  width,
  mutual,
});

describe('segmentDistance', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    const s = seg('a', 0, 0, 10, 0);
    expect(segmentDistance(s, 5, 3)).toBeCloseTo(3);
    expect(segmentDistance(s, -4, 3)).toBeCloseTo(5); // past the start: distance to the end point
    expect(segmentDistance(seg('p', 2, 2, 2, 2), 5, 6)).toBeCloseTo(5); // a point
  });
});

describe('nearestSegment', () => {
  const list = [seg('far', 0, 100, 100, 100), seg('thin', 0, 0, 100, 0), seg('wide', 0, 10, 100, 10, 8)];
  it('picks the closest link within the tolerance, counting half the line width', () => {
    expect(nearestSegment(list, 50, 2, 3)?.key).toBe('thin');
    // 5.5 from the wide link's centre line, but its 4 px half width makes it 1.5 away
    expect(nearestSegment(list, 50, 4.5, 3)?.key).toBe('wide');
    expect(nearestSegment(list, 50, 60, 3)).toBeNull();
  });
});

describe('groupSegments', () => {
  it('makes one group per look, dash and half-pixel width, dimmed groups first', () => {
    const list = [
      seg('a', 0, 0, 1, 1, 1.1),
      seg('b', 0, 0, 1, 1, 0.9),
      seg('c', 0, 0, 1, 1, 3, true),
      seg('d', 0, 0, 1, 1, 1),
    ];
    const groups = groupSegments(list, (s) => (s.key === 'd' ? 'dim' : 'normal'));
    expect(groups.map((g) => [g.look, g.mutual, g.width, g.segments.map((s) => s.key).join('')])).toEqual([
      ['dim', false, 1, 'd'],
      ['normal', false, 1, 'ab'],
      ['normal', true, 3, 'c'],
    ]);
  });
});

describe('segmentsOf', () => {
  it('trims links to the circles and leaves out links with an unplaced end', () => {
    const edge = (from: string, to: string) => ({
      key: `${from}→${to}`,
      from,
      to,
      mutual: false,
      weightUsd: 1,
      dealIds: ['x'],
      width: 2,
    });
    const pic: NetworkPicture = {
      edges: [edge('A', 'B'), edge('A', 'Z')],
      hiddenEdges: 0,
      labelled: new Set(),
      focus: new Set(),
    };
    const out = segmentsOf(
      pic,
      { A: { x: 0, y: 0 }, B: { x: 100, y: 0 } },
      new Map([
        ['A', 10],
        ['B', 20],
      ]),
    );
    expect(out).toEqual([{ key: 'A→B', x1: 10, y1: 0, x2: 78, y2: 0, width: 2, mutual: false }]);
  });
});
