// Sync and lookup costs with 10,000 deals (run by `npm run bench`, or alone with
// `npx tsx bench/sync.bench.ts`). IndexedDB is fake-indexeddb in Node: its times are a proxy,
// useful for comparing runs on this machine; test/e2e/sync.e2e.ts prints the same measurements
// taken in Chromium's IndexedDB.
import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { DealDb } from '../lib/deals/db';
import { applyFeed } from '../lib/deals/apply';
import { ensureFeed } from '../lib/deals/feeds';
import { buildIndex, lookup } from '../lib/deals/queries';
import { loadSnapshot } from '../lib/deals/snapshot';
import { createLookup } from '../lib/deals/lookup-db';
import { parseFeedText } from '../lib/feed/validate';
import { syncFeed } from '../lib/sync/sync';
import type { FigureQuery } from '../lib/messages';
import { generateFeed } from '../test/fixtures/feeds/generate';

export const name = 'sync';

const DEALS = 10_000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ms = (t: number) => Math.round(t * 100) / 100;

/** Peak RSS and heap while `work` runs, sampled every 5 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ value: T; peakRss: number; peakHeap: number }> {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await work();
    sample();
    return { value, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const feed = generateFeed(DEALS);
  const text = JSON.stringify(feed);
  const db = new DealDb(`bench-sync-${Date.now()}`);
  const url = 'http://127.0.0.1/bench.json';
  const server = createServer((req, res) => {
    requests++;
    if (req.headers['if-none-match'] === '"bench"') return void res.writeHead(304).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"bench"' }).end(text);
  });
  let requests = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
  try {
    const baseRss = process.memoryUsage().rss;
    // 1. Validate + apply a 10,000-deal feed into an empty cache.
    const t0 = performance.now();
    const parsed = parseFeedText(text);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await ensureFeed(db, url, 'user');
    const applied = await withPeakMemory(() => applyFeed(db, url, parsed.feed));
    const t2 = performance.now();

    // 2. Sync from a real HTTP server: first a full body, then the unchanged feed.
    await ensureFeed(db, served, 'user');
    const first = await syncFeed(db, served);
    requests = 0;
    const t3 = performance.now();
    const unchanged = await syncFeed(db, served);
    const t4 = performance.now();
    const unchangedRequests = requests;
    // A server without validators sends the same body again: diffing keeps writes at 0.
    const sameBody = await applyFeed(db, served, parsed.feed);

    // 3. Lookup for a typical page: 5 companies, 8 figures, as the background serves it (Dexie
    //    reads for the page's companies + the pure ranking), and the pure part alone.
    const companies = ['Company 1', 'Company 7', 'Company 42', 'Company 99', 'Company 250'];
    const figures: FigureQuery[] = [
      { index: 0, usd: 5e9 },
      { index: 1, usdPerYear: 1.2e10 },
      { index: 2, usd: 2.5e8 },
      { index: 3, gpuCount: 50000 },
      { index: 4, usdTotal: 3e10 },
      { index: 5, watts: 1e9 },
      { index: 6, usd: 1e9 },
      { index: 7, usdPerYear: 6e9 },
    ];
    const servedLookup = createLookup(db);
    const servedTimes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const s = performance.now();
      await servedLookup(companies, figures);
      servedTimes.push(performance.now() - s);
    }
    servedTimes.sort((a, b) => a - b);
    const t5 = performance.now();
    const index = buildIndex(await loadSnapshot(db));
    const t6 = performance.now();
    const runs = 200;
    const times: number[] = [];
    let matched = 0;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      matched = lookup(index, companies, figures).deals.length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);

    // 4. The same on a market-like feed, for a page naming its five busiest companies.
    const skewedDb = new DealDb(`bench-sync-skewed-${Date.now()}`);
    let popular: { median: number; read: number; returned: number };
    try {
      await ensureFeed(skewedDb, url, 'user');
      await applyFeed(skewedDb, url, generateFeed(DEALS, 500, 42, true));
      const busiest = ['Company 0', 'Company 1', 'Company 2', 'Company 3', 'Company 4'];
      const read = await skewedDb.deals.where('partyNames').anyOf(busiest).count();
      const skewedLookup = createLookup(skewedDb);
      const popularTimes: number[] = [];
      let returned = 0;
      for (let i = 0; i < 15; i++) {
        const s = performance.now();
        returned = (await skewedLookup(busiest, figures)).deals.length;
        popularTimes.push(performance.now() - s);
      }
      popular = { median: popularTimes.sort((a, b) => a - b)[7], read, returned };
    } finally {
      await skewedDb.delete();
    }

    return {
      deals: DEALS,
      feedMb: mb(text.length),
      validateMs: ms(t1 - t0),
      applyMs: ms(t2 - t1),
      applyWrites: applied.value.writes,
      applyPeakRssMb: mb(applied.peakRss),
      applyRssGrowthMb: mb(applied.peakRss - baseRss),
      applyPeakHeapMb: mb(applied.peakHeap),
      firstSyncStatus: first.status,
      unchangedSyncStatus: unchanged.status,
      unchangedSyncRequests: unchangedRequests,
      unchangedSyncWrites: unchanged.status === 'failed' ? -1 : unchanged.writes,
      unchangedSyncMs: ms(t4 - t3),
      sameBodyApplyWrites: sameBody.writes,
      lookupServedMedianMs: ms(servedTimes[Math.floor(servedTimes.length / 2)]),
      lookupFullIndexBuildMs: ms(t6 - t5),
      lookupPureMedianMs: ms(times[Math.floor(runs / 2)]),
      lookupPureP95Ms: ms(times[Math.floor(runs * 0.95)]),
      lookupDealsReturned: matched,
      popularPageCandidateDeals: popular.read,
      popularPageDealsReturned: popular.returned,
      popularPageLookupServedMedianMs: ms(popular.median),
    };
  } finally {
    server.closeAllConnections();
    server.close();
    await db.delete();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((r) => console.log(JSON.stringify(r, null, 2)));
}
