import { describe, expect, it } from 'vitest';
import { lookupPriority, onScreen } from './lookup-order';

/** Marks 30 px tall stacked down the page, the page scrolled by `scroll` px. */
const stacked = (scroll: number) => (i: number) => ({ top: i * 30 - scroll, bottom: i * 30 + 30 - scroll });

describe('onScreen', () => {
  it('finds the marks inside the viewport and no others', () => {
    expect([...onScreen(100, stacked(300), 90)]).toEqual([10, 11, 12]);
    expect([...onScreen(100, stacked(0), 60)]).toEqual([0, 1]);
  });

  it('reads a bounded number of rectangles: a binary search, then a walk of the viewport', () => {
    let reads = 0;
    const rect = stacked(30 * 50_000);
    const seen = onScreen(
      100_000,
      (i) => {
        reads++;
        return rect(i);
      },
      90,
    );
    expect([...seen]).toEqual([50_000, 50_001, 50_002]);
    expect(reads).toBeLessThan(40);
  });

  it('stops at the cap', () => {
    expect(onScreen(1000, () => ({ top: 0, bottom: 10 }), 500, 25).size).toBe(25);
  });

  it('is empty when every mark is above the viewport', () => {
    expect(onScreen(5, stacked(1000), 300).size).toBe(0);
  });
});

describe('lookupPriority', () => {
  it('gives every mention the same priority when the figures fit one request, without reading layout', () => {
    let asked = false;
    const p = lookupPriority(10, 500, [0, 0, 1], () => {
      asked = true;
      return new Set();
    });
    expect([0, 1, 2].map(p)).toEqual([0, 0, 0]);
    expect(asked).toBe(false);
  });

  it('puts marks on screen first, then the newest chunks', () => {
    const chunkOf = [0, 0, 1, 2, 2];
    const p = lookupPriority(600, 500, chunkOf, () => new Set([1]));
    const order = [0, 1, 2, 3, 4].sort((a, b) => p(a) - p(b));
    expect(order[0]).toBe(1);
    expect(order.slice(1, 3).sort()).toEqual([3, 4]);
    expect(order.slice(3)).toEqual([2, 0]);
  });
});
