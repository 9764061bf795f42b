// Records keyed by a name or id that Object.prototype also has ("constructor", "toString",
// "__proto__") are records like any other: they sync, re-sync, upgrade and look up.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DealDb, declareV1 } from './db';
import { applyFeed } from './apply';
import { BUNDLED_FEED_URL, ensureFeed } from './feeds';
import { buildIndex, lookup } from './queries';
import { loadSnapshot } from './snapshot';
import { companySummary } from './lookup-result';
import { company, deal, feed, TEST_FX } from '../../test/fixtures/feeds/generate';

const names: string[] = [];
let n = 0;
const freshName = () => {
  names.push(`inherited-names-${Date.now()}-${n++}`);
  return names[names.length - 1];
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const TRICKY = ['constructor', 'toString', '__proto__'];

describe('record names that Object.prototype also has', () => {
  it('sync, and sync again after the feed changes (the second apply reads the stored layer)', async () => {
    const db = new DealDb(freshName());
    await ensureFeed(db, BUNDLED_FEED_URL, 'bundled');
    const first = feed(
      [...TRICKY.map((t) => company(t)), company('Alpha')],
      TRICKY.map((t) => deal(t, [t, 'Alpha'])),
    );
    await applyFeed(db, BUNDLED_FEED_URL, first);
    expect((await db.deals.toCollection().primaryKeys()).sort()).toEqual([...TRICKY].sort());
    expect((await db.companies.toCollection().primaryKeys()).sort()).toEqual(['Alpha', ...TRICKY].sort());
    // Another feed touches every key again, so the bundled layer's stored records are consulted.
    await ensureFeed(db, 'https://feeds.example/u.json', 'user');
    await applyFeed(db, 'https://feeds.example/u.json', feed([company('Beta')], [deal('other', ['Alpha', 'Beta'])]));
    const changed = TRICKY.map((t) => deal(t, [t, 'Alpha'], { title: `${t} again` }));
    const renamed = TRICKY.map((t) => company(t, 'other', [t, `${t} Inc`]));
    await applyFeed(
      db,
      BUNDLED_FEED_URL,
      feed([...renamed, company('Alpha')], [...changed, deal('x', ['Alpha', 'Beta'])]),
    );
    expect((await db.deals.get('toString'))?.deal.title).toBe('toString again');
    expect((await db.deals.toCollection().primaryKeys()).sort()).toEqual([...TRICKY, 'other', 'x'].sort());
    const layer = await db.layers.get(BUNDLED_FEED_URL);
    for (const t of TRICKY) expect(Object.hasOwn(layer!.deals, t)).toBe(true);
    db.close();
  });

  it('a lookup summarizes such a company and invents no summary for one the cache lacks', async () => {
    const db = new DealDb(freshName());
    await ensureFeed(db, BUNDLED_FEED_URL, 'bundled');
    await applyFeed(
      db,
      BUNDLED_FEED_URL,
      feed([company('__proto__'), company('Alpha')], [deal('d', ['__proto__', 'Alpha'])]),
    );
    const result = lookup(buildIndex(await loadSnapshot(db)), ['__proto__', 'Alpha', 'toString'], []);
    expect(Object.hasOwn(result.companies, '__proto__')).toBe(true);
    expect(companySummary(result, '__proto__')?.dealCount).toBe(1);
    expect(companySummary(result, 'toString')).toBeUndefined();
    expect(companySummary(result, 'constructor')).toBeUndefined();
    db.close();
  });

  it('the version-1 upgrade keeps a company named __proto__ in its layer', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    declareV1(v1);
    const proto = { name: '__proto__', aliases: ['__proto__'], ticker: null, kind: 'other' };
    await v1.table('reference').put({ feed: 'f', reference: { accelerators: [], fx: TEST_FX } });
    await v1.table('feeds').put({ url: 'f', priority: 1, enabled: true });
    await v1.table('feedCompanies').put({ feed: 'f', name: '__proto__', company: proto });
    await v1.table('feedDeals').put({ feed: 'f', id: 'constructor', deal: null });
    v1.close();
    const db = new DealDb(name);
    await db.open();
    const layer = await db.layers.get('f');
    expect(Object.hasOwn(layer!.companies, '__proto__')).toBe(true);
    expect(JSON.parse(layer!.companies['__proto__']!)).toEqual(proto);
    expect(Object.hasOwn(layer!.deals, 'constructor')).toBe(true);
    db.close();
  });
});
