// Writing a validated feed into the cache: ONE read-write transaction that updates the feed's
// layer, recomputes the effective records it touched (effective.ts) and writes the feed's sync
// state last. If anything throws, Dexie aborts the transaction and the cache is exactly as it was.
import type { Feed } from '../feed/types';
import { feedRecords, planApply, planIsEmpty } from './plan';
import type { DealDb, FeedRow } from './db';
import { allTables, effectiveReference, nonUsdDealIds, refreshEffective } from './effective';

export interface ApplyResult {
  dealsWritten: number;
  dealsRemoved: number;
  companiesWritten: number;
  companiesRemoved: number;
  /** Rows written or deleted in data tables (sync state excluded). 0 for an identical feed. */
  writes: number;
}

/** Applies `feed` as the layer of feed `url` (which must exist) and records `state` (e.g.
 *  etag, lastSuccess) in the same transaction, last. */
export async function applyFeed(
  db: DealDb,
  url: string,
  feed: Feed,
  state: Partial<FeedRow> = {},
): Promise<ApplyResult> {
  return db.transaction('rw', allTables(db), async () => {
    const row = await db.feeds.get(url);
    if (!row) throw new Error(`Unknown feed ${url}`);
    const old = await db.layers.get(url);
    const oldReference = (await db.reference.get(url))?.reference ?? null;
    const fxBefore = JSON.stringify((await effectiveReference(db))?.fx ?? null);
    const plan = planApply(
      {
        deals: new Map(Object.entries(old?.deals ?? {})),
        companies: new Map(Object.entries(old?.companies ?? {})),
        reference: oldReference,
      },
      feed,
    );
    const result: ApplyResult = {
      dealsWritten: plan.deals.put.size,
      dealsRemoved: plan.deals.remove.length,
      companiesWritten: plan.companies.put.size,
      companiesRemoved: plan.companies.remove.length,
      writes: 0,
    };
    if (!planIsEmpty(plan)) {
      const { deals, companies } = feedRecords(feed);
      // The new layer: changed records' fresh JSON, unchanged ones' stored JSON.
      const layerOf = <R>(
        records: Map<string, R | null>,
        put: Map<string, { json: string | null }>,
        was: Record<string, string | null> = {},
      ) =>
        Object.fromEntries(
          [...records.keys()].map((k) => [k, put.has(k) ? put.get(k)!.json : Object.hasOwn(was, k) ? was[k] : null]),
        );
      await db.layers.put({
        feed: url,
        deals: layerOf(deals, plan.deals.put, old?.deals),
        companies: layerOf(companies, plan.companies.put, old?.companies),
      });
      if (plan.referenceChanged) await db.reference.put({ feed: url, reference: feed.reference });
      const touched =
        plan.deals.put.size + plan.deals.remove.length + plan.companies.put.size + plan.companies.remove.length;
      // A new effective FX table moves the USD figures of every non-USD deal too.
      const fxMoved = fxBefore !== JSON.stringify((await effectiveReference(db))?.fx ?? null);
      const dealIds = [...plan.deals.put.keys(), ...plan.deals.remove, ...(fxMoved ? await nonUsdDealIds(db) : [])];
      const names = [...plan.companies.put.keys(), ...plan.companies.remove];
      result.writes =
        touched +
        (plan.referenceChanged ? 1 : 0) +
        (await refreshEffective(db, dealIds, names, { feed: url, deals, companies }));
    }
    await db.feeds.put({
      ...row,
      ...state,
      lastError: null,
      failures: 0,
      syncStarted: null,
      counts: { companies: feed.companies.length, deals: feed.deals.length },
    });
    return result;
  });
}
