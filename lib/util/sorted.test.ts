import { describe, expect, it } from 'vitest';
import { firstIndex } from './sorted';

describe('firstIndex', () => {
  it('finds the first index where a monotone predicate holds', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(firstIndex(xs.length, (i) => xs[i] >= 3)).toBe(1);
    expect(firstIndex(xs.length, (i) => xs[i] > 3)).toBe(3);
    expect(firstIndex(xs.length, (i) => xs[i] >= 0)).toBe(0);
    expect(firstIndex(xs.length, (i) => xs[i] > 8)).toBe(5);
    expect(firstIndex(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    for (let run = 0; run < 200; run++) {
      const xs = Array.from({ length: run % 17 }, () => Math.floor(Math.random() * 10)).sort((a, b) => a - b);
      const x = Math.floor(Math.random() * 12) - 1;
      const linear = xs.findIndex((v) => v >= x);
      expect(firstIndex(xs.length, (i) => xs[i] >= x)).toBe(linear < 0 ? xs.length : linear);
    }
  });
});
