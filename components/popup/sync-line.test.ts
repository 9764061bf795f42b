// The popup names the feed an error belongs to, and only an enabled feed's error counts.
import { describe, expect, it } from 'vitest';
import type { FeedStatus, SyncStatus } from '../../lib/messages';
import { latestSync } from './sync-line';

const feed = (over: Partial<FeedStatus>): FeedStatus => ({
  url: 'https://feeds.example.org/deals.json',
  kind: 'user',
  enabled: true,
  lastAttempt: null,
  lastSuccess: null,
  lastError: null,
  etag: null,
  lastModified: null,
  counts: { companies: 0, deals: 0 },
  ...over,
});
const status = (feeds: FeedStatus[]): SyncStatus => ({
  seeded: true,
  syncing: false,
  nextSync: null,
  feeds,
  totals: { companies: 0, deals: 0 },
});

describe('the popup’s sync line', () => {
  it('names the failing feed by its host, and takes the newest success of any feed', () => {
    const s = status([
      feed({ kind: 'bundled', url: 'bundled:', lastSuccess: '2026-11-30T08:00:00Z' }),
      feed({ lastSuccess: '2026-12-01T08:00:00Z', lastError: 'The feed is not valid JSON' }),
    ]);
    expect(latestSync(s)).toEqual({
      success: '2026-12-01T08:00:00Z',
      error: 'feeds.example.org: The feed is not valid JSON',
    });
  });
  it('names the bundled feed in words', () => {
    const s = status([feed({ kind: 'bundled', url: 'bundled:', lastError: 'Quota exceeded' })]);
    expect(latestSync(s).error).toBe('Bundled feed: Quota exceeded');
  });
  it('ignores a switched-off feed’s old error', () => {
    expect(latestSync(status([feed({ enabled: false, lastError: 'timeout' })])).error).toBeNull();
  });
});
