// The feed registry: which feeds exist, their precedence, and their sync state. Removing or
// disabling a feed re-resolves the records it held, so a lower feed's copy shows again.
import type { DealDb, FeedKind, FeedRow } from './db';
import { allTables, refreshEffective } from './effective';

export const BUNDLED_FEED_URL = 'bundled:data/feed.json';
export const IMPORTED_FEED_URL = 'file:imported-feed.json';

function newFeedRow(url: string, kind: FeedKind, priority: number, now: string): FeedRow {
  return {
    url,
    kind,
    priority,
    enabled: true,
    addedAt: now,
    lastAttempt: null,
    lastSuccess: null,
    lastError: null,
    failures: 0,
    etag: null,
    lastModified: null,
    counts: { companies: 0, deals: 0 },
  };
}

/** Returns the feed's row, creating it (as the newest, highest-priority user feed, or as the
 *  bundled feed at priority 0) when missing. */
export async function ensureFeed(
  db: DealDb,
  url: string,
  kind: FeedKind,
  now = new Date().toISOString(),
): Promise<FeedRow> {
  return db.transaction('rw', db.feeds, async () => {
    const have = await db.feeds.get(url);
    if (have) return have;
    const feeds = await db.feeds.toArray();
    const priority = kind === 'bundled' ? 0 : Math.max(0, ...feeds.map((f) => f.priority)) + 1;
    const row = newFeedRow(url, kind, priority, now);
    await db.feeds.add(row);
    return row;
  });
}

/** Drops the feed and its layer; its records fall back to lower feeds (or disappear). */
export async function removeFeed(db: DealDb, url: string): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const layer = await db.layers.get(url);
    const dealIds = Object.keys(layer?.deals ?? {});
    const names = Object.keys(layer?.companies ?? {});
    const hadReference = (await db.reference.get(url)) !== undefined;
    await db.layers.delete(url);
    await db.reference.delete(url);
    await db.feeds.delete(url);
    await refreshEffective(db, hadReference ? 'all' : dealIds, hadReference ? 'all' : names);
  });
}

export async function setFeedEnabled(db: DealDb, url: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const row = await db.feeds.get(url);
    if (!row) throw new Error(`Unknown feed ${url}`);
    if (row.enabled === enabled) return;
    await db.feeds.put({ ...row, enabled });
    await refreshEffective(db, 'all', 'all');
  });
}

/** Marks a sync of `url` as begun; its end (success, 304 or failure) clears the mark. */
export async function recordSyncStart(db: DealDb, url: string, now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    const row = await db.feeds.get(url);
    if (row) await db.feeds.put({ ...row, syncStarted: now });
  });
}

/** Records a failed attempt. Touches only the feed row: cached data stays as it was. */
export async function recordFailure(
  db: DealDb,
  url: string,
  error: string,
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    const row = await db.feeds.get(url);
    if (row)
      await db.feeds.put({ ...row, lastAttempt: now, lastError: error, failures: row.failures + 1, syncStarted: null });
  });
}

/** Records a 304: the feed is current; nothing else is written. */
export async function recordNotModified(db: DealDb, url: string, now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    const row = await db.feeds.get(url);
    if (row)
      await db.feeds.put({
        ...row,
        lastAttempt: now,
        lastSuccess: now,
        lastError: null,
        failures: 0,
        syncStarted: null,
      });
  });
}
