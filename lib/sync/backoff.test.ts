import { describe, expect, it } from 'vitest';
import { nextSyncDelayMinutes } from './backoff';

describe('nextSyncDelayMinutes', () => {
  it('keeps the regular interval within ±10% jitter', () => {
    expect(nextSyncDelayMinutes(0, 24, () => 0)).toBeCloseTo(24 * 60 * 0.9);
    expect(nextSyncDelayMinutes(0, 24, () => 1)).toBeCloseTo(24 * 60 * 1.1);
  });
  it('retries sooner after failures, doubling, never beyond the regular interval', () => {
    const mid = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((f) => nextSyncDelayMinutes(f, 24, mid))).toEqual([5, 10, 20, 40]);
    expect(nextSyncDelayMinutes(30, 24, mid)).toBe(24 * 60);
    expect(nextSyncDelayMinutes(3, 1, mid)).toBe(20);
    expect(nextSyncDelayMinutes(10, 1, mid)).toBe(60);
  });
  it('falls back to daily for a nonsense setting', () => {
    expect(nextSyncDelayMinutes(0, Number.NaN, () => 0.5)).toBe(24 * 60);
    expect(nextSyncDelayMinutes(0, -3, () => 0.5)).toBe(60);
  });
});
