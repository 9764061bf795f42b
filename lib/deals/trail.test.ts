import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DealDb } from './db';
import { clearTrail, localDate, readTrail, recordTrail } from './trail';

const dbs: DealDb[] = [];
const fresh = () => {
  const db = new DealDb(`trail-test-${Date.now()}-${dbs.length}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const day = (d: number, h = 12) => new Date(2026, 10, d, h);

describe('reading trail', () => {
  it('keeps one entry per deal, site and day, newest first', async () => {
    const db = fresh();
    expect(await recordTrail(db, ['a', 'b', 'a'], 'news.example', day(1))).toBe(2);
    await recordTrail(db, ['a'], 'news.example', day(1, 18)); // same day: refreshed, not added
    await recordTrail(db, ['a'], 'other.example', day(2));
    expect(await readTrail(db)).toEqual([
      { dealId: 'a', host: 'other.example', date: '2026-11-02' },
      { dealId: 'a', host: 'news.example', date: '2026-11-01' },
      { dealId: 'b', host: 'news.example', date: '2026-11-01' },
    ]);
  });

  it('drops the oldest entries past its bound, and clears to nothing', async () => {
    const db = fresh();
    await recordTrail(db, ['old1', 'old2'], 'a.example', day(1), 3);
    await recordTrail(db, ['new1', 'new2'], 'a.example', day(2), 3);
    const ids = (await readTrail(db)).map((e) => e.dealId);
    expect(ids).toHaveLength(3);
    expect(ids.slice(0, 2).sort()).toEqual(['new1', 'new2']);
    expect(ids[2]).toMatch(/^old/);
    await clearTrail(db);
    expect(await readTrail(db)).toEqual([]);
  });

  it('writes nothing for no deals', async () => {
    const db = fresh();
    expect(await recordTrail(db, [], 'a.example', day(1))).toBe(0);
    expect(await db.trail.count()).toBe(0);
  });

  it('dates in the local calendar', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
