// Property: whatever sequence of applies and switches happens across three feeds, the effective
// deals are what the precedence rule says — the highest-priority enabled feed that mentions an id
// decides, and a tombstone there means "no record".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealDb, dealIndexRows, type DealIndexRow } from './db';
import { applyFeed } from './apply';
import { BUNDLED_FEED_URL, ensureFeed, setFeedEnabled } from './feeds';
import { emptyRanking, RANKING_KEY, rankingOf } from './ranking';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';

const IDS = ['a', 'b', 'c', 'd'];
const FEEDS = [BUNDLED_FEED_URL, 'https://one.example/f.json', 'https://two.example/f.json'];
type Entry = { kind: 'absent' } | { kind: 'record'; version: number } | { kind: 'tombstone' };
type Op = { type: 'apply'; feed: number; entries: Entry[] } | { type: 'enable'; feed: number; enabled: boolean };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.constant({ kind: 'absent' as const }),
  fc.constant({ kind: 'tombstone' as const }),
  fc.integer({ min: 0, max: 2 }).map((version) => ({ kind: 'record' as const, version })),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('apply' as const),
    feed: fc.integer({ min: 0, max: 2 }),
    entries: fc.array(entry, { minLength: 4, maxLength: 4 }),
  }),
  fc.record({ type: fc.constant('enable' as const), feed: fc.integer({ min: 0, max: 2 }), enabled: fc.boolean() }),
);

const title = (feedIndex: number, id: string, version: number) => `feed ${feedIndex} deal ${id} v${version}`;

function expected(contents: (Entry[] | null)[], enabled: boolean[]): Record<string, string> {
  const out: Record<string, string> = {};
  IDS.forEach((id, i) => {
    for (let f = FEEDS.length - 1; f >= 0; f--) {
      const e = contents[f]?.[i];
      if (!enabled[f] || !e || e.kind === 'absent') continue;
      if (e.kind === 'record') out[id] = title(f, id, e.version);
      return;
    }
  });
  return out;
}

let n = 0;
describe('feed precedence', () => {
  it('matches the model for any sequence of applies and switches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = new DealDb(`precedence-${Date.now()}-${n++}`);
        try {
          for (const [i, url] of FEEDS.entries()) await ensureFeed(db, url, i === 0 ? 'bundled' : 'user');
          const contents: (Entry[] | null)[] = FEEDS.map(() => null);
          const enabled = FEEDS.map(() => true);
          for (const o of ops) {
            if (o.type === 'enable') {
              await setFeedEnabled(db, FEEDS[o.feed], o.enabled);
              enabled[o.feed] = o.enabled;
              continue;
            }
            const deals = IDS.flatMap((id, i) => {
              const e = o.entries[i];
              const value = {
                currency: 'USD',
                amount: (e.kind === 'record' ? e.version + 1 : 1) * 1e9,
                period: i % 2 ? ('month' as const) : null,
                termMonths: null,
                total: null,
                note: null,
              };
              const parties: [string, string] =
                e.kind === 'record' && e.version === 2 ? ['Alpha', 'Gamma'] : ['Alpha', 'Beta'];
              return e.kind === 'record' ? [deal(id, parties, { title: title(o.feed, id, e.version), value })] : [];
            });
            const tombstones = IDS.filter((_, i) => o.entries[i].kind === 'tombstone');
            await applyFeed(
              db,
              FEEDS[o.feed],
              feed([company('Alpha')], deals, { tombstones: { companies: [], deals: tombstones } }),
            );
            contents[o.feed] = o.entries;
          }
          const actual = Object.fromEntries((await db.deals.toArray()).map((r) => [r.id, r.deal.title]));
          expect(actual).toEqual(expected(contents, enabled));
          // the standings lists, updated incrementally, match the effective deals
          const rows = await db.deals.toArray();
          expect((await db.meta.get(RANKING_KEY))?.value ?? emptyRanking()).toEqual(rankingOf(rows));
          // and so does the per-company facts index (order within a row aside)
          const normal = (r: DealIndexRow[]) =>
            r
              .map(({ name, facts }) => ({ name, facts: [...facts].sort((a, b) => a.id.localeCompare(b.id)) }))
              .sort((a, b) => a.name.localeCompare(b.name));
          expect(normal(await db.dealIndex.toArray())).toEqual(normal(dealIndexRows(rows)));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
