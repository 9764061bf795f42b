// Everything the background does, as one testable object: serves every BackgroundRequest and
// reacts to install, startup and the sync alarm. No `browser` here: the entrypoint injects the
// scheduler and settings, tests inject fakes. Nothing lives only in memory except caches that
// are re-read from IndexedDB when the cache generation moves, and the in-flight sync promise.
import type { BackgroundReplies, BackgroundRequest, FeedStatus, SyncStatus } from '../messages';
import type { DealDb, FeedRow } from '../deals/db';
import { BUNDLED_FEED_URL, ensureFeed, removeFeed, setFeedEnabled } from '../deals/feeds';
import { createLookup } from '../deals/lookup-db';
import { loadSnapshot, snapshotToFeed } from '../deals/snapshot';
import { isNetworkFeed, nextSyncDelayMinutes } from '../sync/backoff';
import { checkFeedUrl, FEED_URL_ERRORS } from '../sync/feed-url';
import type { Scheduler } from '../sync/schedule';
import {
  ensureSeeded,
  importFeedText,
  reseed,
  seedFromBundled,
  syncAll,
  syncFeed,
  type SyncOptions,
} from '../sync/sync';
import { clearTrail, readTrail, recordTrail } from '../deals/trail';
import { listMyDeals, myDealsFor } from '../deals/my-deals-db';
import { feedWithMyDeals, withoutSaved } from '../deals/my-deals-feed';
import { myDealHandlers, myExploreDeals } from './my-deals';

interface BackgroundDeps {
  db: DealDb;
  /** The bundled feed document (data/feed.json). */
  bundled: unknown;
  scheduler: Scheduler;
  syncEveryHours: () => Promise<number>;
  sync?: SyncOptions;
  random?: () => number;
  /** Opens an extension page (path + hash) in a new tab; wired to browser.tabs.create. */
  openPage?: (path: string) => Promise<void>;
  /** The reading-trail setting: the content script only sends while it is on, and the
   *  background checks again (a tab that missed the switch-off records nothing). */
  trailEnabled?: () => Promise<boolean>;
}

type Replies = { [K in BackgroundRequest['type']]: BackgroundReplies[K] };

/** A feed row as the pages see it. A sync begun and never ended while this worker is not syncing was cut
 *  short (the worker stopped mid-sync): that is its error, in words the pages turn into a sentence. */
export function feedStatus(f: FeedRow, syncingNow: boolean): FeedStatus {
  const { url, kind, enabled, lastAttempt, lastSuccess, etag, lastModified, counts } = f;
  const lastError = f.syncStarted && !syncingNow ? 'sync interrupted' : f.lastError;
  return { url, kind, enabled, lastAttempt, lastSuccess, lastError, etag, lastModified, counts };
}

export function createBackground(deps: BackgroundDeps) {
  const { db, bundled, scheduler } = deps;
  let seeding: Promise<unknown> | null = null;
  let syncing: Promise<unknown> | null = null;
  const lookupPage = createLookup(db);

  /** Seeds once per worker lifetime when the cache is empty (a new worker checks again). */
  const ready = () =>
    (seeding ??= ensureSeeded(db, bundled).catch((e) => {
      seeding = null;
      throw e;
    }));

  async function status(): Promise<SyncStatus> {
    const feeds = await db.feeds.toArray();
    const bundledRow = feeds.find((f) => f.url === BUNDLED_FEED_URL);
    return {
      seeded: Boolean(bundledRow?.lastSuccess),
      syncing: syncing !== null,
      nextSync: await scheduler.next(),
      feeds: feeds.sort((a, b) => a.priority - b.priority).map((f) => feedStatus(f, syncing !== null)),
      totals: { companies: await db.companies.count(), deals: await db.deals.count() },
    };
  }

  /** Arms the alarm from the feeds' failure counts; `extraFailure` arms the retry a sync would
   *  need if it failed, before it runs, so a worker killed mid-sync still has an alarm. */
  async function reschedule(extraFailure = 0): Promise<void> {
    const feeds = (await db.feeds.toArray()).filter((f) => f.enabled && isNetworkFeed(f.url));
    const failures = Math.max(0, ...feeds.map((f) => f.failures)) + extraFailure;
    await scheduler.schedule(nextSyncDelayMinutes(failures, await deps.syncEveryHours(), deps.random));
  }

  /** One sync at a time; a second caller waits for the running one. */
  async function runSync(): Promise<SyncStatus> {
    await ready();
    syncing ??= reschedule(1)
      .then(() => syncAll(db, deps.sync))
      .finally(() => (syncing = null));
    await syncing;
    await reschedule();
    return status();
  }

  const handlers: { [K in keyof Replies]: (req: Extract<BackgroundRequest, { type: K }>) => Promise<Replies[K]> } = {
    lookup: async (req) => ({
      ...(await lookupPage(req.companies, req.figures)),
      mine: await myDealsFor(db, req.companies),
    }),
    companies: async () => ({ companies: (await db.companies.toArray()).map((r) => r.company) }),
    'sync-status': () => status(),
    'sync-now': () => runSync(),
    'import-feed': async (req) => {
      const { feed } = await importFeedText(db, req.text);
      return { deals: feed.deals.length, companies: feed.companies.length };
    },
    // The export carries My deals too: one valid feed that imports again.
    'export-feed': async () => ({
      text: JSON.stringify(feedWithMyDeals(snapshotToFeed(await loadSnapshot(db)), await listMyDeals(db)), null, 1),
    }),
    'add-feed': async (req) => {
      const check = checkFeedUrl(req.url);
      if (!check.ok) throw new Error(FEED_URL_ERRORS[check.code]);
      await ensureFeed(db, req.url, 'user');
      await syncFeed(db, req.url, deps.sync);
      await reschedule();
      return status();
    },
    'remove-feed': async (req) => {
      if (req.url === BUNDLED_FEED_URL) throw new Error('The bundled feed can be switched off, not removed');
      await removeFeed(db, req.url);
      return status();
    },
    'set-feed-enabled': async (req) => {
      await setFeedEnabled(db, req.url, req.enabled);
      return status();
    },
    reseed: async () => {
      await reseed(db, bundled);
      return status();
    },
    'explore-data': async () => {
      const s = await loadSnapshot(db);
      const mine = await listMyDeals(db);
      const cached = s.deals.map(({ deal, annualUsd, oneOffUsd, totalUsd, disclosedUsd }) => ({
        deal,
        annualUsd,
        oneOffUsd,
        totalUsd,
        disclosedUsd,
      }));
      return {
        generation: s.generation,
        deals: [...withoutSaved(cached, mine), ...(await myExploreDeals(db, mine))],
        companies: s.companies.map((r) => r.company),
        trail: await readTrail(db),
      };
    },
    'record-trail': async (req) => ({
      recorded: (await deps.trailEnabled?.()) ? await recordTrail(db, req.dealIds, req.host.toLowerCase()) : 0,
    }),
    'clear-trail': async () => {
      await clearTrail(db);
      return {};
    },
    'open-explorer': async (req) => {
      if (!deps.openPage) throw new Error('Cannot open pages here');
      await deps.openPage(`explore.html#company=${encodeURIComponent(req.company)}`);
      return {};
    },
    ...myDealHandlers(db),
  };

  /** Serves a request the door (door.ts) has admitted. */
  async function handle(request: BackgroundRequest): Promise<object> {
    if (request.type !== 'reseed') await ready();
    return (handlers[request.type] as (r: BackgroundRequest) => Promise<object>)(request);
  }

  return {
    handle,
    status,
    /** Install or update: apply the (possibly newer) bundled feed, then arm the schedule. */
    async onInstalled(): Promise<void> {
      await seedFromBundled(db, bundled);
      seeding = Promise.resolve();
      await reschedule();
    },
    /** Worker start: make sure the cache is seeded and an alarm exists. */
    async onStartup(): Promise<void> {
      await ready();
      if (!(await scheduler.next())) await reschedule();
    },
    async onAlarm(): Promise<void> {
      await runSync();
    },
    /** Re-arms the alarm, e.g. after the reader changed the schedule. */
    reschedule: () => reschedule(),
  };
}
