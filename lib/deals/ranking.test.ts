import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingOf, updateRanking } from './ranking';
import type { DealNumbers } from './derive';

const numbers: fc.Arbitrary<DealNumbers> = fc.record({
  annualUsd: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  oneOffUsd: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  totalUsd: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  disclosedUsd: fc.constant(null),
});

describe('ranking', () => {
  it('keeps positive values of each kind, descending', () => {
    const r = rankingOf([
      { annualUsd: 5, oneOffUsd: null, totalUsd: 10, disclosedUsd: null },
      { annualUsd: 9, oneOffUsd: 0, totalUsd: null, disclosedUsd: null },
      { annualUsd: null, oneOffUsd: 3, totalUsd: 10, disclosedUsd: null },
    ]);
    expect(r).toEqual({ annual: [9, 5], oneOff: [3], total: [10, 10] });
  });

  it('updated incrementally equals recomputed from scratch', () => {
    fc.assert(
      fc.property(fc.array(numbers), fc.array(fc.nat()), fc.array(numbers), (rows, dropIdx, added) => {
        const drop = new Set(dropIdx.filter((i) => i < rows.length));
        const removed = rows.filter((_, i) => drop.has(i));
        const kept = rows.filter((_, i) => !drop.has(i));
        expect(updateRanking(rankingOf(rows), removed, added)).toEqual(rankingOf([...kept, ...added]));
      }),
    );
  });
});
