// The effective tables (deals, companies) are a function of the feed layers: for each key, the
// record of the highest-priority enabled feed that mentions it (resolve.ts). This recomputes them
// for a set of keys, inside the caller's rw transaction, and keeps the standings lists and the
// cache generation in step.
import type { Table } from 'dexie';
import type { Company, Deal, FxTable, Reference } from '../feed/types';
import { companyRow, dealRow, type DealDb, type FeedCompanyRow, type FeedDealRow } from './db';
import { RANKING_KEY, rankingOf, updateRanking, type Ranking } from './ranking';
import { groupBy, pickWinner } from './resolve';

const GENERATION = 'generation';
/** Above this many keys one range read beats an index lookup per key. */
const SCAN_ABOVE = 200;

export function allTables(db: DealDb) {
  return [...db.dataTables, db.feeds];
}

export async function enabledPriorities(db: DealDb): Promise<Map<string, number>> {
  const feeds = await db.feeds.toArray();
  return new Map(feeds.filter((f) => f.enabled).map((f) => [f.url, f.priority]));
}

/** The reference data of the highest-priority enabled feed that has any. */
export async function effectiveReference(db: DealDb, priorities?: Map<string, number>): Promise<Reference | null> {
  const p = priorities ?? (await enabledPriorities(db));
  return pickWinner(await db.reference.toArray(), p)?.reference ?? null;
}

export async function cacheGeneration(db: DealDb): Promise<number> {
  return ((await db.meta.get(GENERATION))?.value as number | undefined) ?? 0;
}

async function bumpGeneration(db: DealDb): Promise<void> {
  await db.meta.put({ key: GENERATION, value: (await cacheGeneration(db)) + 1 });
}

/** A layer's records for one feed, when the caller already holds them (the feed being applied):
 *  they need not be read back from the table that was just written. */
export interface KnownLayer {
  feed: string;
  deals: ReadonlyMap<string, Deal | null>;
  companies: ReadonlyMap<string, Company | null>;
}

interface Candidate<R> { feed: string; record: () => R | null }

/** Candidates per key from the layer table (all keys when `keys` is null), skipping `known.feed`'s
 *  rows, plus `known`'s records from memory. */
async function candidates<R, K extends 'id' | 'name', Row extends { feed: string; json: string | null } & Record<K, string>>(
  table: Table<Row, [string, string]>,
  key: K, keys: string[] | null, known: { feed: string; records: ReadonlyMap<string, R | null> } | null,
): Promise<Map<string, Candidate<R>[]>> {
  let rows: Row[];
  if (keys === null || keys.length > SCAN_ABOVE) {
    // Two plain ranges rather than notEqual(), which Dexie runs as a cursor that jumps.
    const ranges = known ? [table.where('feed').below(known.feed), table.where('feed').above(known.feed)] : [table.toCollection()];
    const wanted = keys && new Set(keys);
    rows = (await Promise.all(ranges.map((r) => (wanted ? r.filter((row) => wanted.has(row[key])) : r).toArray()))).flat();
  } else {
    // One equals() per key, not anyOf(): see lookup-db.ts on cursor jumping.
    rows = (await Promise.all(keys.map((k) => table.where(key).equals(k).toArray()))).flat().filter((r) => r.feed !== known?.feed);
  }
  const out = groupBy(
    rows.map((r) => ({ key: r[key], feed: r.feed, record: () => (r.json === null ? null : (JSON.parse(r.json) as R)) })),
    (c) => c.key,
  ) as Map<string, Candidate<R>[]>;
  for (const k of keys ?? known?.records.keys() ?? []) {
    if (!known?.records.has(k)) continue;
    const record = known.records.get(k) ?? null;
    const list = out.get(k);
    const c = { feed: known.feed, record: () => record };
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** Recomputes effective deals and companies for the given keys ('all' after precedence changes).
 *  Must run inside a rw transaction. Returns rows written + deleted. */
export async function refreshEffective(
  db: DealDb, dealIds: Iterable<string> | 'all', names: Iterable<string> | 'all', known: KnownLayer | null = null,
): Promise<number> {
  const priorities = await enabledPriorities(db);
  const fx: FxTable | null = (await effectiveReference(db, priorities))?.fx ?? null;

  const ids = dealIds === 'all' ? null : [...new Set(dealIds)];
  const oldRows = ids ? (await db.deals.bulkGet(ids)).filter((r) => r !== undefined) : [];
  const stored = (await db.meta.get(RANKING_KEY))?.value as Ranking | undefined;
  const dealGroups = await candidates<Deal, 'id', FeedDealRow>(db.feedDeals, 'id', ids, known && { feed: known.feed, records: known.deals });
  const dealKeys = ids ?? [...new Set([...dealGroups.keys(), ...(await db.deals.toCollection().primaryKeys())])];
  const putDeals = [];
  const dropDeals = [];
  for (const id of dealKeys) {
    const win = pickWinner(dealGroups.get(id) ?? [], priorities);
    const deal = win?.record();
    if (win && deal) putDeals.push(dealRow(deal, win.feed, fx));
    else dropDeals.push(id);
  }
  await db.deals.bulkPut(putDeals);
  await db.deals.bulkDelete(dropDeals);
  const ranking = ids === null ? rankingOf(putDeals) : stored ? updateRanking(stored, oldRows, putDeals) : rankingOf(await db.deals.toArray());
  await db.meta.put({ key: RANKING_KEY, value: ranking });

  const keys = names === 'all' ? null : [...new Set(names)];
  const companyGroups = await candidates<Company, 'name', FeedCompanyRow>(db.feedCompanies, 'name', keys, known && { feed: known.feed, records: known.companies });
  const companyKeys = keys ?? [...new Set([...companyGroups.keys(), ...(await db.companies.toCollection().primaryKeys())])];
  const putCompanies = [];
  const dropCompanies = [];
  for (const name of companyKeys) {
    const win = pickWinner(companyGroups.get(name) ?? [], priorities);
    const company = win?.record();
    if (win && company) putCompanies.push(companyRow(company, win.feed));
    else dropCompanies.push(name);
  }
  await db.companies.bulkPut(putCompanies);
  await db.companies.bulkDelete(dropCompanies);

  await bumpGeneration(db);
  return putDeals.length + dropDeals.length + putCompanies.length + dropCompanies.length;
}

/** Effective deals whose USD figures depend on the FX table. */
export async function nonUsdDealIds(db: DealDb): Promise<string[]> {
  const [below, above] = await Promise.all([
    db.deals.where('currency').below('USD').primaryKeys(),
    db.deals.where('currency').above('USD').primaryKeys(),
  ]);
  return [...below, ...above];
}
