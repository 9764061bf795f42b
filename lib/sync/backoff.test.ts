import { describe, expect, it } from 'vitest';
import { isAllowedFeedUrl, nextSyncDelayMinutes } from './backoff';
import { conditionalHeaders } from './http';

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

describe('isAllowedFeedUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(isAllowedFeedUrl('https://feeds.example/deals.json')).toBe(true);
    expect(isAllowedFeedUrl('http://localhost:8080/f.json')).toBe(true);
    expect(isAllowedFeedUrl('http://127.0.0.1:9/f.json')).toBe(true);
    for (const bad of [
      'http://feeds.example/f.json',
      'ftp://x.example/f',
      'javascript:alert(1)',
      'file:///f.json',
      'https://u:p@x.example/',
      'nope',
    ]) {
      expect(isAllowedFeedUrl(bad)).toBe(false);
    }
  });
});

describe('conditionalHeaders', () => {
  it('sends the validators it has', () => {
    expect(conditionalHeaders({ etag: '"v1"', lastModified: null })).toEqual({
      Accept: 'application/json',
      'If-None-Match': '"v1"',
    });
    expect(conditionalHeaders({ etag: null, lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT' })).toEqual({
      Accept: 'application/json',
      'If-Modified-Since': 'Fri, 20 Nov 2026 10:00:00 GMT',
    });
  });
});
