import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DealDb, declareV1, declareV2, type DealRow } from './db';
import { deal, TEST_FX } from '../../test/fixtures/feeds/generate';

let n = 0;
const names: string[] = [];
const freshName = () => {
  const name = `db-test-${Date.now()}-${n++}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('DealDb schema versions', () => {
  it('upgrades a version-1 database to version 2 with its data intact and derived fields filled', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    declareV1(v1);
    const euro = deal('eu-deal', ['Alpha', 'Beta'], {
      value: { currency: 'EUR', amount: 1e9, period: 'month', termMonths: null, total: null, note: null },
    });
    const v1Row = {
      id: euro.id,
      deal: euro,
      feed: 'f',
      partyNames: ['Alpha', 'Beta'],
      kind: euro.kind,
      announced: euro.announced,
    };
    await v1.table('deals').put(v1Row);
    await v1.table('companies').put({
      name: 'Alpha',
      company: { name: 'Alpha', aliases: ['Alpha', 'A1'], ticker: null, kind: 'other' },
      feed: 'f',
      aliases: ['Alpha', 'A1'],
    });
    await v1.table('reference').put({ feed: 'f', reference: { accelerators: [], fx: TEST_FX } });
    await v1.table('feeds').put({ url: 'f', priority: 1, enabled: true });
    await v1.table('feedDeals').bulkPut([
      { feed: 'f', id: 'eu-deal', deal: euro },
      { feed: 'f', id: 'gone', deal: null },
    ]);
    await v1.table('feedCompanies').put({
      feed: 'f',
      name: 'Alpha',
      company: { name: 'Alpha', aliases: ['Alpha', 'A1'], ticker: null, kind: 'other' },
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new DealDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const row = (await db.deals.get('eu-deal')) as DealRow;
    expect(row.deal).toEqual(euro); // data intact
    expect(row.annualUsd).toBeCloseTo(12 * 1e9 * 1.2); // derived with the stored FX table
    expect(row.oneOffUsd).toBeNull();
    expect(row.currency).toBe('EUR');
    expect((await db.meta.get('ranking'))?.value).toEqual({ annual: [row.annualUsd], oneOff: [], total: [] });
    // the per-record layer rows became one row per feed of JSON text; tombstones stayed null
    const layer = await db.layers.get('f');
    expect(layer?.deals).toEqual({ 'eu-deal': JSON.stringify(euro), gone: null });
    expect(JSON.parse(layer!.companies.Alpha!).aliases).toEqual(['Alpha', 'A1']);
    expect(db.tables.map((t) => t.name)).not.toContain('feedDeals');
    // and the per-company facts index exists for the upgraded deals
    expect((await db.dealIndex.get('Beta'))?.facts.map((f) => [f.id, f.annualUsd])).toEqual([
      ['eu-deal', row.annualUsd],
    ]);
    expect(await db.deals.where('currency').equals('EUR').primaryKeys()).toEqual(['eu-deal']);
    // the new index works on upgraded rows, the old ones still do
    expect(await db.deals.where('annualUsd').above(1e10).primaryKeys()).toEqual(['eu-deal']);
    expect((await db.companies.where('aliases').equals('A1').first())?.name).toBe('Alpha');
    expect(await db.deals.where('partyNames').equals('Beta').count()).toBe(1);
    db.close();
  });

  it('upgrades a version-2 database to version 3: the cache intact, an empty reading trail that works', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    declareV1(v2);
    declareV2(v2);
    const d = deal('kept', ['Alpha', 'Beta']);
    await v2.table('deals').put({
      id: d.id,
      deal: d,
      feed: 'f',
      partyNames: ['Alpha', 'Beta'],
      kind: d.kind,
      announced: d.announced,
      annualUsd: 5,
    });
    await v2.table('meta').put({ key: 'generation', value: 7 });
    expect(v2.verno).toBe(2);
    v2.close();

    const db = new DealDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.deals.get('kept'))?.deal).toEqual(d);
    expect(await db.deals.where('annualUsd').above(1).primaryKeys()).toEqual(['kept']);
    expect((await db.meta.get('generation'))?.value).toBe(7);
    expect(await db.trail.count()).toBe(0);
    await db.trail.put({
      key: '2026-11-01 a.example kept',
      dealId: 'kept',
      host: 'a.example',
      date: '2026-11-01',
      at: 1,
    });
    expect(await db.trail.where('dealId').equals('kept').count()).toBe(1);
    // not cached feed data: a reseed (which clears dataTables) keeps it
    expect(db.dataTables.map((t) => t.name)).not.toContain('trail');
    db.close();
  });
});
