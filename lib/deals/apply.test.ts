import { afterEach, describe, expect, it } from 'vitest';
import { DealDb } from './db';
import { applyFeed } from './apply';
import { BUNDLED_FEED_URL, ensureFeed, removeFeed, setFeedEnabled } from './feeds';
import { dumpCache, loadSnapshot, snapshotToFeed } from './snapshot';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { importFeedText } from '../sync/sync';

const dbs: DealDb[] = [];
let n = 0;
function freshDb(): DealDb {
  const db = new DealDb(`apply-test-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const USER = 'https://feeds.example/user.json';
const companies = [company('Alpha'), company('Beta'), company('Gamma')];
const base = feed(companies, [deal('ab', ['Alpha', 'Beta']), deal('bg', ['Beta', 'Gamma'])]);

async function seeded() {
  const db = freshDb();
  await ensureFeed(db, BUNDLED_FEED_URL, 'bundled');
  await applyFeed(db, BUNDLED_FEED_URL, base);
  return db;
}

describe('applyFeed', () => {
  it('writes effective records with derived fields and the feed counts', async () => {
    const db = await seeded();
    expect(await db.deals.count()).toBe(2);
    expect((await db.deals.get('ab'))?.oneOffUsd).toBe(1e9);
    expect(await db.deals.where('partyNames').equals('Beta').count()).toBe(2);
    expect((await db.feeds.get(BUNDLED_FEED_URL))?.counts).toEqual({ companies: 3, deals: 2 });
  });

  it('writes nothing when the same feed is applied again', async () => {
    const db = await seeded();
    const before = await dumpCache(db);
    const result = await applyFeed(db, BUNDLED_FEED_URL, structuredClone(base));
    expect(result.writes).toBe(0);
    expect(await dumpCache(db)).toEqual(before);
  });

  it('removes records a feed no longer lists', async () => {
    const db = await seeded();
    await applyFeed(db, BUNDLED_FEED_URL, feed(companies, [base.deals[0]]));
    expect(await db.deals.toCollection().primaryKeys()).toEqual(['ab']);
  });

  it('lets a user feed override the bundled record and restores it when the user feed goes', async () => {
    const db = await seeded();
    await ensureFeed(db, USER, 'user');
    const changed = deal('ab', ['Alpha', 'Beta'], { title: 'User feed version' });
    await applyFeed(db, USER, feed([], [changed]));
    expect((await db.deals.get('ab'))?.deal.title).toBe('User feed version');
    expect((await db.deals.get('ab'))?.feed).toBe(USER);

    await setFeedEnabled(db, USER, false);
    expect((await db.deals.get('ab'))?.deal.title).toBe(base.deals[0].title);
    await setFeedEnabled(db, USER, true);
    expect((await db.deals.get('ab'))?.deal.title).toBe('User feed version');

    await removeFeed(db, USER);
    expect((await db.deals.get('ab'))?.deal).toEqual(base.deals[0]);
    expect(await db.layers.get(USER)).toBeUndefined();
  });

  it("tombstones remove a lower feed's record, but not a higher feed's", async () => {
    const db = await seeded();
    await ensureFeed(db, USER, 'user');
    await applyFeed(db, USER, feed([], [], { tombstones: { companies: ['Gamma'], deals: ['bg'] } }));
    expect(await db.deals.get('bg')).toBeUndefined();
    expect(await db.companies.get('Gamma')).toBeUndefined();
    // the bundled feed (lower priority) re-stating it does not bring it back
    await applyFeed(db, BUNDLED_FEED_URL, feed(companies, [...base.deals, deal('new', ['Alpha', 'Gamma'])]));
    expect(await db.deals.get('bg')).toBeUndefined();
    expect(await db.deals.get('new')).toBeDefined();
    // a bundled tombstone cannot remove the user's own record
    await applyFeed(db, USER, feed([], [deal('mine', ['Alpha', 'Beta'])]));
    await applyFeed(
      db,
      BUNDLED_FEED_URL,
      feed(companies, base.deals, { tombstones: { companies: [], deals: ['mine'] } }),
    );
    expect(await db.deals.get('mine')).toBeDefined();
  });

  it('is all or nothing: a failure while writing the sync state leaves the cache untouched', async () => {
    const db = await seeded();
    const before = await dumpCache(db);
    const put = db.feeds.put.bind(db.feeds);
    db.feeds.put = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.feeds.put;
    await expect(applyFeed(db, BUNDLED_FEED_URL, feed(companies, [deal('other', ['Alpha', 'Gamma'])]))).rejects.toThrow(
      'disk full',
    );
    db.feeds.put = put;
    expect(await dumpCache(db)).toEqual(before);
  });

  it('recomputes derived USD values when the effective FX table changes', async () => {
    const db = freshDb();
    await ensureFeed(db, BUNDLED_FEED_URL, 'bundled');
    const eur = deal('eur', ['Alpha', 'Beta'], {
      value: { currency: 'EUR', amount: 1e9, period: null, termMonths: null, total: null, note: null },
    });
    await applyFeed(db, BUNDLED_FEED_URL, feed(companies, [eur]));
    expect((await db.deals.get('eur'))?.oneOffUsd).toBeCloseTo(1.2e9);
    const fx = { date: '2026-11-20', base: 'USD' as const, usdPer: { USD: 1, EUR: 1.1 }, source: 'newer' };
    await applyFeed(db, BUNDLED_FEED_URL, feed(companies, [eur], { reference: { accelerators: [], fx } }));
    expect((await db.deals.get('eur'))?.oneOffUsd).toBeCloseTo(1.1e9);
  });
});

describe('export and import', () => {
  it('exports the cache as a feed that re-imports to the same records', async () => {
    const db = await seeded();
    await ensureFeed(db, USER, 'user');
    await applyFeed(db, USER, feed([company('Delta')], [deal('ad', ['Alpha', 'Delta'])]));
    const exported = snapshotToFeed(await loadSnapshot(db));
    const other = freshDb();
    await importFeedText(other, JSON.stringify(exported));
    const strip = (rows: { feed: string }[]) => rows.map(({ feed: _f, ...rest }) => rest);
    expect(strip(await other.deals.toArray())).toEqual(strip(await db.deals.toArray()));
    expect(strip(await other.companies.toArray())).toEqual(strip(await db.companies.toArray()));
    expect(snapshotToFeed(await loadSnapshot(other), exported.generatedAt)).toEqual(exported);
  });
});
