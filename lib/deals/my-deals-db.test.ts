// My deals in the cache database (fake-indexeddb): saving, listing, editing, removing; the version 4
// upgrade that loses nothing; and feed syncs, imports, feed removal and reseeds that never touch them.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { importFeedText, reseed, syncFeed } from '../sync/sync';
import { serveJson, useTestServer } from '../sync/test-server';
import { DealDb, declareV1, declareV2, declareV3 } from './db';
import { ensureFeed, removeFeed } from './feeds';
import { editOf } from './my-deals-fields';
import { listMyDeals, myDealsFor, removeMyDeal, saveMyDeal, updateMyDeal } from './my-deals-db';
import type { Deal } from '../feed/types';

const server = useTestServer();
const dbs: DealDb[] = [];
let n = 0;
const fresh = (name = `my-deals-${Date.now()}-${n++}`) => {
  const db = new DealDb(name);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const mine = (id: string, parties: [string, string], over: Partial<Deal> = {}): Deal => ({
  ...deal(id, parties),
  sources: [{ url: 'https://news.example/a', title: 'A page', date: '2026-10-14' }],
  ...over,
});
const SAVED = mine('my:kestrel-orrin-compute-lease-0badc0de', ['Kestrel Dynamics', 'Orrin Grid']);

describe('My deals table', () => {
  it('saves once (a second Save keeps the first, with its edits), lists, finds by party, edits, removes', async () => {
    const db = fresh();
    expect(await saveMyDeal(db, SAVED, '2026-12-01T10:00:00.000Z')).toEqual({ deal: SAVED, added: true });
    const edited = await updateMyDeal(db, SAVED.id, { ...editOf(SAVED), title: 'My own title' });
    expect(await saveMyDeal(db, SAVED)).toEqual({ deal: edited, added: false });
    const other = mine('my:pellucid-tamsin-funding-round-12345678', ['Pellucid Labs', 'Tamsin Capital']);
    await saveMyDeal(db, other, '2026-12-02T10:00:00.000Z');
    expect((await listMyDeals(db)).map((d) => d.id)).toEqual([SAVED.id, other.id]);
    expect((await myDealsFor(db, ['Orrin Grid', 'Nobody'])).map((d) => d.title)).toEqual(['My own title']);
    expect(await myDealsFor(db, [])).toEqual([]);
    expect(await removeMyDeal(db, SAVED.id)).toBe(true);
    expect(await removeMyDeal(db, SAVED.id)).toBe(false);
    expect((await listMyDeals(db)).map((d) => d.id)).toEqual([other.id]);
  });

  it('refuses a bad edit with the field named and keeps the saved deal as it was', async () => {
    const db = fresh();
    await saveMyDeal(db, SAVED);
    await expect(updateMyDeal(db, SAVED.id, { ...editOf(SAVED), amount: Number.POSITIVE_INFINITY })).rejects.toThrow(
      /value\.amount: expected a finite number/,
    );
    await expect(updateMyDeal(db, 'my:none', editOf(SAVED))).rejects.toThrow(/No saved deal/);
    expect(await listMyDeals(db)).toEqual([SAVED]);
  });

  it('refuses to save a record without a saved deal’s id (it could shadow a feed’s deal)', async () => {
    await expect(saveMyDeal(fresh(), deal('kestrel-orrin', ['Kestrel Dynamics', 'Orrin Grid']))).rejects.toThrow(
      /Not a saved deal/,
    );
  });

  it('upgrades a version-3 database to version 4 with everything kept and an empty My deals', async () => {
    const name = `my-deals-upgrade-${Date.now()}-${n++}`;
    const v3 = new Dexie(name);
    declareV1(v3);
    declareV2(v3);
    declareV3(v3);
    const d = deal('kept', ['Alpha', 'Beta']);
    await v3.table('deals').put({ id: d.id, deal: d, feed: 'f', partyNames: ['Alpha', 'Beta'], kind: d.kind });
    await v3.table('layers').put({ feed: 'f', deals: { kept: JSON.stringify(d) }, companies: {} });
    await v3
      .table('trail')
      .put({ key: '2026-11-01 a.example kept', dealId: 'kept', host: 'a.example', date: '2026-11-01', at: 1 });
    await v3.table('meta').put({ key: 'generation', value: 9 });
    v3.close();

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.deals.get('kept'))?.deal).toEqual(d);
    expect((await db.layers.get('f'))?.deals.kept).toBe(JSON.stringify(d));
    expect(await db.trail.count()).toBe(1);
    expect((await db.meta.get('generation'))?.value).toBe(9);
    expect(await listMyDeals(db)).toEqual([]);
    await saveMyDeal(db, SAVED);
    expect(await listMyDeals(db)).toEqual([SAVED]);
    // Not cached feed data: nothing that rewrites the cache (reseed clears dataTables) reaches it.
    expect(db.dataTables.map((t) => t.name)).not.toContain('myDeals');
  });
});

describe('My deals through every cache write', () => {
  it('survive a sync that adds then drops a same-party deal, an import, a feed removal and a reseed', async () => {
    const db = fresh();
    await saveMyDeal(db, SAVED);
    const url = `${server.origin}/feed.json`;
    await ensureFeed(db, url, 'user');
    const parties = [company('Kestrel Dynamics'), company('Orrin Grid')];
    server.handler = serveJson(feed(parties, [deal('kestrel-orrin-2026', ['Kestrel Dynamics', 'Orrin Grid'])]), '"1"');
    expect(await syncFeed(db, url, { timeoutMs: 2000 })).toMatchObject({ status: 'updated' });
    // The next version of the feed drops every deal and tombstones the saved one's id, as a hostile feed might.
    const hostile = feed(parties, [], { tombstones: { companies: [], deals: [SAVED.id] } });
    server.handler = serveJson(hostile, '"2"');
    expect(await syncFeed(db, url, { timeoutMs: 2000 })).toMatchObject({ status: 'updated' });
    expect(await db.deals.count()).toBe(0);
    await importFeedText(db, JSON.stringify(feed(parties, [{ ...SAVED, title: 'the import’s copy' }])));
    await removeFeed(db, url);
    const bundled = feed([company('Alpha'), company('Beta')], [deal('ab', ['Alpha', 'Beta'])]);
    await reseed(db, bundled);
    expect(await listMyDeals(db)).toEqual([SAVED]);
  });
});
