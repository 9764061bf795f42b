import { describe, expect, it } from 'vitest';
import { convert, toUsd } from './fx';
import type { FxTable } from '../feed/types';

const table: FxTable = { date: '2026-01-02', base: 'USD', usdPer: { EUR: 1.1, JPY: 0.007, BAD: -1 }, source: 'test' };

describe('toUsd', () => {
  it('keeps USD amounts as they are', () => {
    expect(toUsd(5e9, 'USD', table)).toBe(5e9);
  });
  it('converts with the USD-per-unit rate', () => {
    expect(toUsd(2e9, 'EUR', table)).toBeCloseTo(2.2e9);
    expect(toUsd(1e11, 'JPY', table)).toBeCloseTo(7e8);
  });
  it('gives undefined for unknown or broken rates', () => {
    expect(toUsd(1, 'XYZ', table)).toBeUndefined();
    expect(toUsd(1, 'BAD', table)).toBeUndefined();
  });
  it('uses the bundled reference table by default, and converts only USD without a table', () => {
    expect(toUsd(1, 'EUR')).toBeGreaterThan(0.5);
    expect(toUsd(8e9, 'USD', null)).toBe(8e9);
    expect(toUsd(8e9, 'EUR', null)).toBeUndefined();
  });
});

describe('convert', () => {
  const fx: FxTable = { date: '2026-01-02', base: 'USD', usdPer: { EUR: 1.25, JPY: 0.005 }, source: 'test' };
  it('goes through USD with the dated table, and gives null for unknown rates', () => {
    expect(convert(100, 'EUR', 'USD', fx)).toBe(125);
    expect(convert(125, 'USD', 'EUR', fx)).toBe(100);
    expect(convert(100, 'EUR', 'JPY', fx)).toBe(25000);
    expect(convert(100, 'SEK', 'USD', fx)).toBeNull();
    expect(convert(100, 'EUR', 'USD', null)).toBeNull();
    expect(convert(100, 'EUR', 'EUR', null)).toBe(100);
  });
});
