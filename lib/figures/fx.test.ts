import { describe, expect, it } from 'vitest';
import { toUsd } from './fx';
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
  it('uses the bundled reference table by default', () => {
    expect(toUsd(1, 'EUR')).toBeGreaterThan(0.5);
  });
});
