import { describe, expect, it } from 'vitest';
import { bucketKey, bucketRows, nextKey, niceCeil, rowsInBucket } from './timeline';
import { row } from './test-rows';

describe('bucket keys', () => {
  it('months and quarters from either date precision', () => {
    expect(bucketKey('2026-03-31', 'month')).toBe('2026-03');
    expect(bucketKey('2026-03', 'quarter')).toBe('2026-Q1');
    expect(bucketKey('2026-10-02', 'quarter')).toBe('2026-Q4');
  });
  it('step over year ends', () => {
    expect(nextKey('2025-12', 'month')).toBe('2026-01');
    expect(nextKey('2025-Q4', 'quarter')).toBe('2026-Q1');
    expect(nextKey('2026-09', 'month')).toBe('2026-10');
  });
});

describe('bucketRows', () => {
  const rows = [
    row('a', ['A', 'B'], { announced: '2025-11-20', kind: 'compute-lease' }, { disclosed: 2e9 }),
    row('b', ['A', 'C'], { announced: '2026-02', kind: 'investment' }, { disclosed: 1e9 }),
    row('c', ['B', 'C'], { announced: '2026-02-10', kind: 'compute-lease' }, { disclosed: 5e8 }),
    row('d', ['B', 'C'], { announced: '2026-02-11', kind: 'compute-lease' }),
  ];
  it('fills empty months between the first and last deal, stacked by kind', () => {
    const b = bucketRows(rows, 'month');
    expect(b.map((x) => x.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(b[1]).toMatchObject({ totalUsd: 0, deals: 0 });
    expect(b[3]).toMatchObject({ byKind: { investment: 1e9, 'compute-lease': 5e8 }, totalUsd: 1.5e9, deals: 3 });
  });
  it("counts the selected company's part separately", () => {
    const q = bucketRows(rows, 'quarter', 'A');
    expect(q.map((x) => [x.key, x.selectedUsd, x.selectedDeals])).toEqual([
      ['2025-Q4', 2e9, 1],
      ['2026-Q1', 1e9, 1],
    ]);
    expect(bucketRows(rows, 'quarter').every((x) => x.selectedUsd === 0)).toBe(true);
  });
  it('is empty without rows', () => expect(bucketRows([], 'month')).toEqual([]));
});

describe('niceCeil', () => {
  it('rounds the axis top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(877e9)).toBe(1e12);
    expect(niceCeil(250e9)).toBe(250e9);
    expect(niceCeil(251e9)).toBe(500e9);
    expect(niceCeil(1.3e9)).toBe(2e9);
    expect(niceCeil(0)).toBe(1);
  });
});

describe('rowsInBucket (what an activated bar lists)', () => {
  const rows = [
    row('small', ['A', 'B'], { announced: '2026-02-03' }, { disclosed: 1e8 }),
    row('big', ['B', 'C'], { announced: '2026-03-20' }, { disclosed: 9e9 }),
    row('other-quarter', ['A', 'C'], { announced: '2026-04-01' }, { disclosed: 5e10 }),
    row('undisclosed', ['A', 'D'], { announced: '2026-01' }),
  ];
  it("lists only the bucket's deals, largest first", () => {
    expect(rowsInBucket(rows, '2026-Q1', 'quarter').map((r) => r.id)).toEqual(['big', 'small', 'undisclosed']);
    expect(rowsInBucket(rows, '2026-02', 'month').map((r) => r.id)).toEqual(['small']);
  });
  it("puts the selected company's deals first", () => {
    expect(rowsInBucket(rows, '2026-Q1', 'quarter', 'A').map((r) => r.id)).toEqual(['small', 'undisclosed', 'big']);
  });
});
