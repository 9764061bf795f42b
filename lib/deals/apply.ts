// Writing a validated feed into the cache: ONE read-write transaction that updates the feed's
// layer, recomputes the effective records it touched, bumps the cache generation and writes the
// feed's sync state last. If anything throws, Dexie aborts the transaction and the cache is
// exactly as it was.
import type { Table } from 'dexie';
import type { Feed, FxTable, Reference } from '../feed/types';
import { planApply, planIsEmpty } from '../sync/plan';
import { companyRow, dealRow, type DealDb, type FeedRow } from './db';
import { groupBy, pickWinner } from './resolve';
import { RANKING_KEY, rankingOf, updateRanking, type Ranking } from './ranking';

export interface ApplyResult {
  dealsWritten: number;
  dealsRemoved: number;
  companiesWritten: number;
  companiesRemoved: number;
  /** Rows written or deleted in data tables (sync state excluded). 0 for an identical feed. */
  writes: number;
}

const GENERATION = 'generation';

export function allTables(db: DealDb) {
  return [...db.dataTables, db.feeds];
}

async function enabledPriorities(db: DealDb): Promise<Map<string, number>> {
  const feeds = await db.feeds.toArray();
  return new Map(feeds.filter((f) => f.enabled).map((f) => [f.url, f.priority]));
}

/** The reference data of the highest-priority enabled feed that has any. */
export async function effectiveReference(db: DealDb, priorities?: Map<string, number>): Promise<Reference | null> {
  const p = priorities ?? (await enabledPriorities(db));
  return pickWinner(await db.reference.toArray(), p)?.reference ?? null;
}

/** Above this many keys one table scan beats an index lookup per key. */
const SCAN_ABOVE = 200;

/** Layer rows of every feed for the given keys (all rows when `keys` is null). */
async function layerRows<R extends Record<K, string>, K extends string>(
  table: Table<R, [string, string]>, key: K, keys: string[] | null,
): Promise<R[]> {
  if (keys === null) return table.toArray();
  if (!keys.length) return [];
  // One equals() per key, not anyOf(): see lookup-db.ts on cursor jumping.
  if (keys.length <= SCAN_ABOVE) return (await Promise.all(keys.map((k) => table.where(key).equals(k).toArray()))).flat();
  const wanted = new Set(keys);
  return table.filter((row) => wanted.has(row[key])).toArray();
}

/** Recomputes effective deals and companies for the given keys ('all' after FX or precedence
 *  changes). Must run inside a rw transaction. Returns rows written + deleted. */
export async function refreshEffective(db: DealDb, dealIds: Iterable<string> | 'all', names: Iterable<string> | 'all'): Promise<number> {
  const priorities = await enabledPriorities(db);
  const fx: FxTable | null = (await effectiveReference(db, priorities))?.fx ?? null;
  let writes = 0;

  const ids = dealIds === 'all' ? null : [...dealIds];
  const oldRows = ids ? (await db.deals.bulkGet(ids)).filter((r) => r !== undefined) : [];
  const stored = (await db.meta.get(RANKING_KEY))?.value as Ranking | undefined;
  const layerDeals = await layerRows(db.feedDeals, 'id', ids);
  const dealGroups = groupBy(layerDeals, (r) => r.id);
  const dealKeys = ids ?? [...new Set([...dealGroups.keys(), ...(await db.deals.toCollection().primaryKeys())])];
  const putDeals = [];
  const dropDeals = [];
  for (const id of dealKeys) {
    const win = pickWinner(dealGroups.get(id) ?? [], priorities);
    if (win?.deal) putDeals.push(dealRow(win.deal, win.feed, fx));
    else dropDeals.push(id);
  }
  await db.deals.bulkPut(putDeals);
  await db.deals.bulkDelete(dropDeals);
  writes += putDeals.length + dropDeals.length;
  const ranking = ids === null ? rankingOf(putDeals) : stored ? updateRanking(stored, oldRows, putDeals) : rankingOf(await db.deals.toArray());
  await db.meta.put({ key: RANKING_KEY, value: ranking });

  const keys = names === 'all' ? null : [...names];
  const layerCompanies = await layerRows(db.feedCompanies, 'name', keys);
  const companyGroups = groupBy(layerCompanies, (r) => r.name);
  const companyKeys = keys ?? [...new Set([...companyGroups.keys(), ...(await db.companies.toCollection().primaryKeys())])];
  const putCompanies = [];
  const dropCompanies = [];
  for (const name of companyKeys) {
    const win = pickWinner(companyGroups.get(name) ?? [], priorities);
    if (win?.company) putCompanies.push(companyRow(win.company, win.feed));
    else dropCompanies.push(name);
  }
  await db.companies.bulkPut(putCompanies);
  await db.companies.bulkDelete(dropCompanies);
  writes += putCompanies.length + dropCompanies.length;

  await bumpGeneration(db);
  return writes;
}

export async function bumpGeneration(db: DealDb): Promise<void> {
  const current = (await db.meta.get(GENERATION))?.value as number | undefined;
  await db.meta.put({ key: GENERATION, value: (current ?? 0) + 1 });
}

export async function cacheGeneration(db: DealDb): Promise<number> {
  return ((await db.meta.get(GENERATION))?.value as number | undefined) ?? 0;
}

/** Applies `feed` as the layer of feed `url` (which must exist) and records `state` (e.g.
 *  etag, lastSuccess) in the same transaction, last. */
export async function applyFeed(db: DealDb, url: string, feed: Feed, state: Partial<FeedRow> = {}): Promise<ApplyResult> {
  return db.transaction('rw', allTables(db), async () => {
    const row = await db.feeds.get(url);
    if (!row) throw new Error(`Unknown feed ${url}`);
    const oldDeals = await db.feedDeals.where('feed').equals(url).toArray();
    const oldCompanies = await db.feedCompanies.where('feed').equals(url).toArray();
    const oldReference = (await db.reference.get(url))?.reference ?? null;
    const fxBefore = JSON.stringify((await effectiveReference(db))?.fx ?? null);
    const plan = planApply(
      {
        deals: new Map(oldDeals.map((r) => [r.id, r.deal])),
        companies: new Map(oldCompanies.map((r) => [r.name, r.company])),
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
      await db.feedDeals.bulkDelete(plan.deals.remove.map((id) => [url, id] as [string, string]));
      await db.feedDeals.bulkPut([...plan.deals.put].map(([id, deal]) => ({ feed: url, id, deal })));
      await db.feedCompanies.bulkDelete(plan.companies.remove.map((name) => [url, name] as [string, string]));
      await db.feedCompanies.bulkPut([...plan.companies.put].map(([name, company]) => ({ feed: url, name, company })));
      if (plan.referenceChanged) await db.reference.put({ feed: url, reference: feed.reference });
      const touched = plan.deals.put.size + plan.deals.remove.length + plan.companies.put.size + plan.companies.remove.length;
      // A new effective FX table moves every derived USD figure; otherwise only touched keys change.
      const fxMoved = fxBefore !== JSON.stringify((await effectiveReference(db))?.fx ?? null);
      result.writes = touched + (plan.referenceChanged ? 1 : 0) + (await refreshEffective(
        db,
        fxMoved ? 'all' : [...plan.deals.put.keys(), ...plan.deals.remove],
        fxMoved ? 'all' : [...plan.companies.put.keys(), ...plan.companies.remove],
      ));
    }
    await db.feeds.put({
      ...row,
      ...state,
      lastError: null,
      failures: 0,
      counts: { companies: feed.companies.length, deals: feed.deals.length },
    });
    return result;
  });
}
