// Sync, import and seed: the one path from feed text to cache. fetch → validate → apply (one
// transaction, sync state last). Any failure leaves the cache as it was and records a readable
// error on the feed's state.
import { parseFeedText, validateFeed, MAX_FEED_BYTES } from '../feed/validate';
import type { Feed } from '../feed/types';
import { applyFeed, type ApplyResult } from '../deals/apply';
import type { DealDb } from '../deals/db';
import {
  BUNDLED_FEED_URL,
  IMPORTED_FEED_URL,
  ensureFeed,
  recordFailure,
  recordNotModified,
  recordSyncStart,
} from '../deals/feeds';
import { RANKING_KEY } from '../deals/ranking';
import { fetchFeed } from './http';
import { isNetworkFeed } from './backoff';

const DEFAULT_TIMEOUT_MS = 30_000;
const SHOWN_ERRORS = 5;

export interface SyncOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

type SyncOutcome =
  | { url: string; status: 'not-modified'; writes: 0 }
  | ({ url: string; status: 'updated' } & ApplyResult)
  | { url: string; status: 'failed'; error: string };

class InvalidFeedError extends Error {
  constructor(readonly errors: string[]) {
    const more = errors.length > SHOWN_ERRORS ? ` (and ${errors.length - SHOWN_ERRORS} more)` : '';
    super(`invalid feed: ${errors.slice(0, SHOWN_ERRORS).join('; ')}${more}`);
  }
}

/** Why `incoming` must not replace the feed applied at `applied` (both feeds' generatedAt), or
 *  null: a feed generated before the one applied is a replay of old data (or a rolled-back
 *  server), and would silently undo corrections. Pure. */
export function replayError(applied: string | null | undefined, incoming: string): string | null {
  if (!applied || Date.parse(incoming) >= Date.parse(applied)) return null;
  return `the feed was generated at ${incoming}, before the one already applied (${applied}); an older feed is refused`;
}

function parseOrThrow(text: string, maxBytes: number): Feed {
  const result = parseFeedText(text, maxBytes);
  if (!result.ok) throw new InvalidFeedError(result.errors);
  return result.feed;
}

export async function syncFeed(db: DealDb, url: string, options: SyncOptions = {}): Promise<SyncOutcome> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const row = await db.feeds.get(url);
  if (!row) return { url, status: 'failed', error: `Unknown feed ${url}` };
  await recordSyncStart(db, url, now);
  try {
    const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
    const res = await fetchFeed(url, row, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes,
      fetch: options.fetch,
    });
    if (res.status === 'not-modified') {
      await recordNotModified(db, url, now);
      return { url, status: 'not-modified', writes: 0 };
    }
    const feed = parseOrThrow(res.text, maxBytes);
    const replay = replayError(row.generatedAt, feed.generatedAt);
    if (replay) throw new Error(replay);
    const result = await applyFeed(db, url, feed, {
      generatedAt: feed.generatedAt,
      etag: res.etag,
      lastModified: res.lastModified,
      lastAttempt: now,
      lastSuccess: now,
    });
    return { url, status: 'updated', ...result };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await recordFailure(db, url, error, now);
    return { url, status: 'failed', error };
  }
}

/** Syncs every enabled network feed, one after another (feeds are few; order is stable). */
export async function syncAll(db: DealDb, options: SyncOptions = {}): Promise<SyncOutcome[]> {
  const feeds = (await db.feeds.toArray()).filter((f) => f.enabled && isNetworkFeed(f.url));
  const outcomes: SyncOutcome[] = [];
  for (const feed of feeds.sort((a, b) => a.priority - b.priority))
    outcomes.push(await syncFeed(db, feed.url, options));
  return outcomes;
}

/** A feed file chosen on the options page: same validation and apply as sync, as the
 *  "imported" user feed (re-importing replaces the previous import). Throws on invalid input. */
export async function importFeedText(
  db: DealDb,
  text: string,
  now = new Date().toISOString(),
): Promise<ApplyResult & { feed: Feed }> {
  const feed = parseOrThrow(text, MAX_FEED_BYTES);
  await ensureFeed(db, IMPORTED_FEED_URL, 'user', now);
  const result = await applyFeed(db, IMPORTED_FEED_URL, feed, { lastAttempt: now, lastSuccess: now });
  return { ...result, feed };
}

/** Applies the feed bundled with the extension. Diffing makes a re-apply of the same file cost
 *  no writes, so this runs on every install/update. */
export async function seedFromBundled(
  db: DealDb,
  bundled: unknown,
  now = new Date().toISOString(),
): Promise<ApplyResult> {
  const result = validateFeed(bundled);
  if (!result.ok) throw new InvalidFeedError(result.errors);
  await ensureFeed(db, BUNDLED_FEED_URL, 'bundled', now);
  return applyFeed(db, BUNDLED_FEED_URL, result.feed, { lastAttempt: now, lastSuccess: now });
}

/** Seeds when the bundled layer is missing (first run, or storage was cleared). */
export async function ensureSeeded(db: DealDb, bundled: unknown): Promise<boolean> {
  const row = await db.feeds.get(BUNDLED_FEED_URL);
  const layer = await db.layers.get(BUNDLED_FEED_URL);
  if (row?.lastSuccess && layer && Object.keys(layer.deals).length > 0) return false;
  await seedFromBundled(db, bundled);
  return true;
}

/** Clears all cached records and sync validators (feeds stay registered) and seeds again, in
 *  one transaction: a failure leaves the old cache. */
export async function reseed(db: DealDb, bundled: unknown): Promise<ApplyResult> {
  const valid = validateFeed(bundled);
  if (!valid.ok) throw new InvalidFeedError(valid.errors);
  return db.transaction('rw', [...db.dataTables, db.feeds], async () => {
    // meta keeps the cache generation counting up, so no in-memory index mistakes the new cache
    // for the one it was built from.
    for (const table of db.dataTables) if (table !== db.meta) await table.clear();
    await db.meta.delete(RANKING_KEY);
    await db.feeds.toCollection().modify((f) => {
      Object.assign(f, { etag: null, lastModified: null, counts: { companies: 0, deals: 0 } });
    });
    return seedFromBundled(db, valid.feed);
  });
}
