import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealDb } from '../deals/db';
import { BUNDLED_FEED_URL } from '../deals/feeds';
import { listen, sendToBackground } from '../messages';
import { admit, isBackgroundMessage } from './door';
import { syncEveryHours } from '../settings';
import { alarmScheduler } from '../sync/schedule';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { createBackground } from './handler';
import { FEED_URL_ERRORS } from '../sync/feed-url';

const bundled = JSON.parse(readFileSync('data/feed.json', 'utf8'));
const USER = 'https://feeds.example/extra.json';
const userFeed = feed(
  [company('Anthropic'), company('Zeta Compute')],
  [deal('anthropic-zeta-2026', ['Anthropic', 'Zeta Compute'])],
);

let db: DealDb;
let n = 0;
let served: () => Response | Promise<Response>;

function start() {
  const bg = createBackground({
    db,
    bundled,
    scheduler: alarmScheduler,
    syncEveryHours: () => syncEveryHours.getValue(),
    sync: { timeoutMs: 1000, fetch: (async () => served()) as typeof fetch },
    random: () => 0.5,
  });
  listen(isBackgroundMessage, (m) => bg.handle(admit(m, 'extension')));
  return bg;
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new DealDb(`bg-test-${Date.now()}-${n++}`);
  served = () => new Response(JSON.stringify(userFeed), { headers: { ETag: '"u1"' } });
});
afterEach(async () => {
  await db.delete();
});

const minutesUntil = async () => {
  const next = (await sendToBackground({ type: 'sync-status' })).nextSync;
  return next ? (Date.parse(next) - Date.now()) / 60_000 : null;
};

describe('background handler, through the message protocol', () => {
  it('seeds from the bundled feed on first use and answers a lookup', async () => {
    start();
    const result = await sendToBackground({
      type: 'lookup',
      companies: ['Anthropic', 'xAI'],
      figures: [{ index: 4, usdPerYear: 15e9 }],
    });
    expect(result.deals[0].deal.id).toBe('anthropic-xai-colossus1-2026');
    expect(result.deals[0].figureIndexes).toEqual([4]);
    expect(result.companies.Anthropic.dealCount).toBeGreaterThan(1);
    expect(result.reference.fx.usdPer.EUR).toBeGreaterThan(0);
    const status = await sendToBackground({ type: 'sync-status' });
    expect(status).toMatchObject({
      seeded: true,
      syncing: false,
      totals: { deals: bundled.deals.length, companies: bundled.companies.length },
    });
    expect(status.feeds.map((f) => f.url)).toEqual([BUNDLED_FEED_URL]);
  });

  it('arms the daily alarm on install, honouring the schedule setting', async () => {
    const bg = start();
    await bg.onInstalled();
    expect(await minutesUntil()).toBeCloseTo(24 * 60, -1);
    await syncEveryHours.setValue(6);
    await bg.reschedule();
    expect(await minutesUntil()).toBeCloseTo(6 * 60, -1);
  });

  it('adds a user feed, syncs it at once, and its deals join lookups', async () => {
    start();
    await expect(sendToBackground({ type: 'add-feed', url: 'http://feeds.example/x.json' })).rejects.toThrow(/https/);
    // The options page's own check, word for word (lib/sync/feed-url.ts).
    await expect(sendToBackground({ type: 'add-feed', url: 'http://[::1]:8080/x.json' })).rejects.toThrow(
      FEED_URL_ERRORS['http-not-local'],
    );
    const status = await sendToBackground({ type: 'add-feed', url: USER });
    expect(status.feeds.map((f) => [f.url, f.kind, f.lastError])).toEqual([
      [BUNDLED_FEED_URL, 'bundled', null],
      [USER, 'user', null],
    ]);
    const result = await sendToBackground({ type: 'lookup', companies: ['Zeta Compute'], figures: [] });
    expect(result.deals.map((m) => m.deal.id)).toEqual(['anthropic-zeta-2026']);
  });

  it('keeps serving old data after a failed sync and retries sooner', async () => {
    start();
    await sendToBackground({ type: 'add-feed', url: USER });
    served = () => new Response('upstream down', { status: 503, statusText: 'Service Unavailable' });
    const status = await sendToBackground({ type: 'sync-now' });
    expect(status.feeds[1].lastError).toBe('server answered HTTP 503 Service Unavailable');
    expect(status.totals.deals).toBe(bundled.deals.length + 1);
    expect(await minutesUntil()).toBeCloseTo(5, 0);
  });

  it('arms a retry before a sync runs, so a worker killed mid-sync still has an alarm', async () => {
    const bg = start();
    await bg.onInstalled();
    await sendToBackground({ type: 'add-feed', url: USER });
    expect(await minutesUntil()).toBeCloseTo(24 * 60, -1);
    let release: (r: Response) => void = () => undefined;
    served = () => new Promise<Response>((resolve) => (release = resolve));
    const running = sendToBackground({ type: 'sync-now' });
    await expect.poll(async () => (await sendToBackground({ type: 'sync-status' })).syncing).toBe(true);
    expect(await minutesUntil()).toBeCloseTo(5, 0);
    release(new Response(JSON.stringify(userFeed), { headers: { ETag: '"u2"' } }));
    await running;
    expect(await minutesUntil()).toBeCloseTo(24 * 60, -1);
  });

  it('imports through the same validator and rejects bad files with the path', async () => {
    start();
    const bad: any = structuredClone(userFeed);
    bad.deals[0].announced = '99999-01-01';
    await expect(sendToBackground({ type: 'import-feed', text: JSON.stringify(bad) })).rejects.toThrow(
      'deals[0].announced',
    );
    expect(await sendToBackground({ type: 'import-feed', text: JSON.stringify(userFeed) })).toMatchObject({
      deals: 1,
      companies: 2,
    });
    expect((await sendToBackground({ type: 'sync-status' })).totals.deals).toBe(bundled.deals.length + 1);
  });

  it('exports a feed document that passes its own validator', async () => {
    start();
    const { text } = await sendToBackground({ type: 'export-feed' });
    const { validateFeed } = await import('../feed/validate');
    const check = validateFeed(JSON.parse(text));
    expect(check.ok && check.feed.deals.length).toBe(bundled.deals.length);
  });

  it('switches feeds off and on, refuses to remove the bundled one, and reseeds', async () => {
    start();
    await sendToBackground({ type: 'add-feed', url: USER });
    expect(
      (await sendToBackground({ type: 'set-feed-enabled', url: BUNDLED_FEED_URL, enabled: false })).totals.deals,
    ).toBe(1);
    await expect(sendToBackground({ type: 'remove-feed', url: BUNDLED_FEED_URL })).rejects.toThrow(/switched off/);
    expect(
      (await sendToBackground({ type: 'set-feed-enabled', url: BUNDLED_FEED_URL, enabled: true })).totals.deals,
    ).toBe(bundled.deals.length + 1);
    expect((await sendToBackground({ type: 'remove-feed', url: USER })).totals.deals).toBe(bundled.deals.length);
    await db.deals.clear();
    const status = await sendToBackground({ type: 'reseed' });
    expect(status.totals).toEqual({ deals: bundled.deals.length, companies: bundled.companies.length });
  });

  it('rejects malformed requests with a readable error', async () => {
    start();
    await expect(sendToBackground({ type: 'lookup', companies: 'Anthropic' as never, figures: [] })).rejects.toThrow(
      /companies must be/,
    );
    await expect(
      sendToBackground({ type: 'lookup', companies: [], figures: [{ index: 0, usd: NaN }] }),
    ).rejects.toThrow(/finite/);
  });
});
