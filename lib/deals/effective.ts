// The effective tables (deals, companies) are a function of the feed layers: for each key, the
// record of the highest-priority enabled feed that mentions it (resolve.ts). This recomputes them
// for a set of keys, inside the caller's rw transaction, and keeps the standings lists and the
// cache generation in step.
import type { Company, Deal, FxTable, Reference } from '../feed/types';
import {
  companyRow,
  dealFacts,
  dealIndexRows,
  dealRow,
  groupByParty,
  type DealDb,
  type DealIndexRow,
  type DealRow,
  type LayerRow,
} from './db';
import { RANKING_KEY, rankingOf, updateRanking, type Ranking } from './ranking';
import { pickWinner } from './resolve';

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

export async function cacheGeneration(db: DealDb): Promise<number> {
  return ((await db.meta.get(GENERATION))?.value as number | undefined) ?? 0;
}

async function bumpGeneration(db: DealDb): Promise<void> {
  await db.meta.put({ key: GENERATION, value: (await cacheGeneration(db)) + 1 });
}

/** A layer's records for one feed, when the caller already holds them (the feed being applied):
 *  they need not be read back from the row that was just written. */
interface KnownLayer {
  feed: string;
  deals: ReadonlyMap<string, Deal | null>;
  companies: ReadonlyMap<string, Company | null>;
}

interface Candidate<R> {
  feed: string;
  record: () => R | null;
}

/** Candidates per key (every key the layers mention when `keys` is null): the other feeds' layer
 *  records, parsed only if they win, plus `known`'s records from memory. */
function candidates<R>(
  layers: LayerRow[],
  part: 'deals' | 'companies',
  keys: string[] | null,
  known: { feed: string; records: ReadonlyMap<string, R | null> } | null,
): Map<string, Candidate<R>[]> {
  const out = new Map<string, Candidate<R>[]>();
  const add = (key: string, c: Candidate<R>) => {
    const list = out.get(key);
    if (list) list.push(c);
    else out.set(key, [c]);
  };
  for (const layer of layers) {
    if (layer.feed === known?.feed) continue;
    const records = layer[part];
    for (const key of keys ?? Object.keys(records)) {
      if (!Object.hasOwn(records, key)) continue; // never an inherited name ("constructor")
      const json = records[key];
      add(key, { feed: layer.feed, record: () => (json === null ? null : (JSON.parse(json) as R)) });
    }
  }
  if (known) {
    for (const key of keys ?? known.records.keys()) {
      if (!known.records.has(key)) continue;
      const record = known.records.get(key) ?? null;
      add(key, { feed: known.feed, record: () => record });
    }
  }
  return out;
}

/** Recomputes effective deals and companies for the given keys ('all' after precedence changes).
 *  Must run inside a rw transaction. Returns rows written + deleted. */
export async function refreshEffective(
  db: DealDb,
  dealIds: Iterable<string> | 'all',
  names: Iterable<string> | 'all',
  known: KnownLayer | null = null,
): Promise<number> {
  const priorities = await enabledPriorities(db);
  const fx: FxTable | null = (await effectiveReference(db, priorities))?.fx ?? null;

  const ids = dealIds === 'all' ? null : [...new Set(dealIds)];
  const oldRows = ids ? (await db.deals.bulkGet(ids)).filter((r) => r !== undefined) : [];
  const stored = (await db.meta.get(RANKING_KEY))?.value as Ranking | undefined;
  const layers = await db.layers.toArray();
  const dealGroups = candidates<Deal>(layers, 'deals', ids, known && { feed: known.feed, records: known.deals });
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
  const ranking =
    ids === null
      ? rankingOf(putDeals)
      : stored
        ? updateRanking(stored, oldRows, putDeals)
        : rankingOf(await db.deals.toArray());
  await db.meta.put({ key: RANKING_KEY, value: ranking });
  if (ids === null) {
    await db.dealIndex.clear();
    await db.dealIndex.bulkPut(dealIndexRows(putDeals));
  } else {
    await updateDealIndex(db, new Set(ids), oldRows, putDeals);
  }

  const keys = names === 'all' ? null : [...new Set(names)];
  const companyGroups = candidates<Company>(
    layers,
    'companies',
    keys,
    known && { feed: known.feed, records: known.companies },
  );
  const companyKeys = keys ?? [
    ...new Set([...companyGroups.keys(), ...(await db.companies.toCollection().primaryKeys())]),
  ];
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

/** Replaces, in the dealIndex rows of every company involved before or after, the facts of the
 *  deals `ids` by those of `fresh` (the effective rows now, for the ids that still have one). */
async function updateDealIndex(
  db: DealDb,
  ids: ReadonlySet<string>,
  before: readonly DealRow[],
  fresh: readonly DealRow[],
): Promise<void> {
  const names = [...new Set([...before, ...fresh].flatMap((r) => r.partyNames))];
  const current = await db.dealIndex.bulkGet(names);
  const added = groupByParty(fresh.map(dealFacts));
  const put: DealIndexRow[] = [];
  const drop: string[] = [];
  names.forEach((name, i) => {
    const facts = [...(current[i]?.facts ?? []).filter((f) => !ids.has(f.id)), ...(added.get(name) ?? [])];
    if (facts.length) put.push({ name, facts });
    else drop.push(name);
  });
  await db.dealIndex.bulkPut(put);
  await db.dealIndex.bulkDelete(drop);
}

/** Effective deals whose USD figures depend on the FX table. */
export async function nonUsdDealIds(db: DealDb): Promise<string[]> {
  const [below, above] = await Promise.all([
    db.deals.where('currency').below('USD').primaryKeys(),
    db.deals.where('currency').above('USD').primaryKeys(),
  ]);
  return [...below, ...above];
}
