import { describe, expect, it } from 'vitest';
import { sortOrder, spansAt, stepIndex } from './spans';

describe('spansAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 30 },
    { start: 12, end: 18 },
    { start: 40, end: 44 },
  ];
  it('finds the spans under an offset, innermost first', () => {
    expect(spansAt(spans, 3)).toEqual([0]);
    expect(spansAt(spans, 14)).toEqual([2, 1]);
    expect(spansAt(spans, 25)).toEqual([1]);
  });
  it('counts the caret right after the last character, and nothing between spans', () => {
    expect(spansAt(spans, 44)).toEqual([3]);
    expect(spansAt(spans, 7)).toEqual([]);
    expect(spansAt(spans, 99)).toEqual([]);
    expect(spansAt([], 0)).toEqual([]);
  });
  it('agrees with a linear scan on many random spans', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const list: { start: number; end: number }[] = [];
    let at = 0;
    for (let i = 0; i < 500; i++) {
      at += 1 + Math.floor(rnd() * 20);
      list.push({ start: at, end: at + 1 + Math.floor(rnd() * 10) });
      at = list[list.length - 1].end;
    }
    for (let off = 0; off < at + 5; off += 3) {
      const expected = list.map((s, i) => (s.start <= off && off <= s.end ? i : -1)).filter((i) => i >= 0);
      expect(spansAt(list, off).sort((a, b) => a - b)).toEqual(expected);
    }
  });
});

describe('stepIndex / sortOrder', () => {
  it('steps forward and back with wrap-around', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });
  it('orders by start then end', () => {
    expect(
      sortOrder([
        { start: 9, end: 10 },
        { start: 1, end: 8 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([2, 1, 0]);
  });
});
