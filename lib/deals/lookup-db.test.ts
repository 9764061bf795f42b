import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealDb } from './db';
import { applyFeed } from './apply';
import { ensureFeed } from './feeds';
import { buildIndex, lookup } from './queries';
import { lookupFromDb } from './lookup-db';
import { loadSnapshot } from './snapshot';
import { generateFeed } from '../../test/fixtures/feeds/generate';
import type { FigureQuery } from './replies';

const feed = generateFeed(600, 40, 7);
let db: DealDb;
beforeAll(async () => {
  db = new DealDb(`lookup-db-test-${Date.now()}`);
  await ensureFeed(db, 'bundled:test', 'bundled');
  await applyFeed(db, 'bundled:test', feed);
});
afterAll(async () => {
  await db.delete();
});

describe('lookupFromDb (cold path)', () => {
  it('answers exactly as the in-memory index does', async () => {
    const index = buildIndex(await loadSnapshot(db));
    const d = (i: number) => feed.deals[i].value!;
    const pages: [string[], FigureQuery[]][] = [
      [
        ['Company 1', 'Company 7', 'Company 30'],
        [
          { index: 0, usd: d(3).amount! },
          { index: 1, usdPerYear: 4e9 },
          { index: 2, usdTotal: 9e9 },
        ],
      ],
      [
        ['Company 2'],
        [
          { index: 0, usd: 1.23e9 },
          { index: 5, gpuCount: 4000 },
          { index: 6, usdPerYear: 1e13 },
        ],
      ],
      [['Nobody'], [{ index: 0, usd: 7e9 }]],
      [[], []],
    ];
    for (const [companies, figures] of pages) {
      const cold = await lookupFromDb(db, companies, figures);
      expect(cold).toEqual(lookup(index, companies, figures));
    }
    const busy = await lookupFromDb(db, ['Company 1'], [{ index: 0, usd: d(0).amount! }]);
    expect(busy.deals.length).toBeGreaterThan(0);
    expect(busy.standings).toHaveLength(1);
  });

  it('returns every deal a summary lists as latest, even past the top 50', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Company ${i}`); // ~30 deals each: far more than 50 in all
    const r = await lookupFromDb(db, names, []);
    const returned = new Set(r.deals.map((m) => m.deal.id));
    const latest = Object.values(r.companies).flatMap((s) => s.latestDealIds);
    expect(latest.length).toBe(12 * 5);
    expect(latest.filter((id) => !returned.has(id))).toEqual([]);
    expect(r.deals.length).toBeGreaterThanOrEqual(50);
  });
});
