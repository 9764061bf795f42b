// The deal cache (background only). Two layers:
//  - per-feed layers (layers, reference) hold each feed's records as it sent them, tombstones
//    included, so removing or disabling a feed can restore what a lower-precedence feed says;
//  - effective tables (deals, companies) hold the winner per id/name (lib/deals/resolve.ts), with
//    derived fields for the indexes. Queries read only these.
// Version 1 shipped the tables; version 2 adds the derived USD fields and their indexes (its
// upgrade computes them for rows written by version 1, with the standings lists of ranking.ts)
// and keeps each feed's layer in one row. Version 3 adds the reading trail (./trail.ts): not
// cached feed data, so it is not among `dataTables` and a reseed keeps it. Version 4 adds "My
// deals" (./my-deals-db.ts): the reader's own records, likewise outside `dataTables`, so no sync,
// import or reseed ever writes them.
import Dexie, { type Table } from 'dexie';
import type { Company, Deal, Reference } from '../feed/types';
import { dealNumbers, type DealNumbers } from './derive';
import { RANKING_KEY, rankingOf } from './ranking';

export type FeedKind = 'bundled' | 'user';

/** What ranking and summaries need of a deal, small enough to keep per company (dealIndex). */
export interface DealFacts extends DealNumbers {
  id: string;
  partyNames: string[];
  announced: string;
  gpuCount: number | null;
  powerWatts: number | null;
}

/** The light facts of every effective deal a company is party to, one row per company: a page
 *  naming the busiest companies reads five such rows, not hundreds of full deals. */
export interface DealIndexRow {
  name: string;
  facts: DealFacts[];
}

export interface DealRow extends DealFacts {
  deal: Deal;
  /** The feed whose record won. */
  feed: string;
  kind: Deal['kind'];
  /** The value's currency: non-USD rows are the ones a new FX table changes. */
  currency: string | null;
}

export interface CompanyRow {
  name: string;
  company: Company;
  feed: string;
  aliases: string[];
}

/** A feed's own records, ONE row per feed: each record as JSON text by key (cheap to store and to
 *  compare), null for a tombstone. Version 1 kept one row per record in feedDeals/feedCompanies;
 *  writing 10,000 rows cost ~0.8 s in Chromium where one row costs a few ms. */
export interface LayerRow {
  feed: string;
  deals: Record<string, string | null>;
  companies: Record<string, string | null>;
}
interface ReferenceRow {
  feed: string;
  reference: Reference;
}

export interface FeedRow {
  url: string;
  kind: FeedKind;
  enabled: boolean;
  /** Higher wins. Bundled is 0; each added user feed gets the next number (the newest wins). */
  priority: number;
  addedAt: string;
  lastAttempt: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  /** Consecutive failures, for the retry backoff. */
  failures: number;
  etag: string | null;
  lastModified: string | null;
  counts: { companies: number; deals: number };
  /** `generatedAt` of the feed last applied from this URL: an older one is a replay (lib/sync). */
  generatedAt?: string | null;
  /** When a sync of this feed began and has not ended: still set when the worker stopped mid-sync, so the
   *  next status can say the sync was interrupted (every end of a sync clears it). */
  syncStarted?: string | null;
}

interface MetaRow {
  key: string;
  value: unknown;
}

/** One reading-trail entry: a deal matched on a page of `host` on `date`. Only the hostname,
 *  never the address or any page text. */
export interface TrailRow {
  /** `${date} ${host} ${dealId}`: one entry per deal, site and day. */
  key: string;
  dealId: string;
  host: string;
  /** YYYY-MM-DD (the reader's local date). */
  date: string;
  /** When it was last recorded (ms since epoch): the oldest go first past the size bound. */
  at: number;
}

/** A deal the reader saved from a page (lib/deals/my-deals.ts): a feed record of its own. */
export interface MyDealRow {
  id: string;
  deal: Deal;
  partyNames: string[];
  /** When it was saved (ISO timestamp): the list's order. */
  savedAt: string;
}

const DEFAULT_DB_NAME = 'deallens';

/** Version 1 as it shipped; kept so tests can create a v1 database and upgrade it. */
export function declareV1(db: Dexie): void {
  db.version(1).stores({
    companies: 'name, *aliases',
    deals: 'id, *partyNames, kind, announced',
    feedCompanies: '[feed+name], feed, name',
    feedDeals: '[feed+id], feed, id',
    reference: 'feed',
    feeds: 'url',
    meta: 'key',
  });
}

/** An empty record map whose keys are only its own: a company named "__proto__" is a key like any other. */
const ownKeys = (): Record<string, string | null> => Object.create(null);

export function declareV2(db: Dexie): void {
  db.version(2)
    .stores({
      deals: 'id, *partyNames, kind, announced, annualUsd, oneOffUsd, totalUsd, currency',
      layers: 'feed',
      dealIndex: 'name',
      // Dropped after the upgrade below has moved their rows into `layers`.
      feedDeals: null,
      feedCompanies: null,
    })
    .upgrade(async (tx) => {
      const layers = new Map<string, LayerRow>();
      const layer = (feed: string) =>
        layers.get(feed) ?? layers.set(feed, { feed, deals: ownKeys(), companies: ownKeys() }).get(feed)!;
      const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
      for (const r of await tx.table('feedDeals').toArray()) layer(r.feed).deals[r.id] = json(r.deal);
      for (const r of await tx.table('feedCompanies').toArray()) layer(r.feed).companies[r.name] = json(r.company);
      await tx.table('layers').bulkPut([...layers.values()]);
      const refs = (await tx.table('reference').toArray()) as ReferenceRow[];
      const feeds = new Map(((await tx.table('feeds').toArray()) as FeedRow[]).map((f) => [f.url, f.priority]));
      const best = refs.sort((a, b) => (feeds.get(b.feed) ?? 0) - (feeds.get(a.feed) ?? 0))[0];
      const fx = best?.reference.fx ?? null;
      await tx
        .table('deals')
        .toCollection()
        .modify((row: DealRow) => {
          Object.assign(row, dealRow(row.deal, row.feed, fx));
        });
      const rows = (await tx.table('deals').toArray()) as DealRow[];
      await tx.table('meta').put({ key: RANKING_KEY, value: rankingOf(rows) });
      await tx.table('dealIndex').bulkPut(dealIndexRows(rows));
    });
}

/** Version 3: the reading trail. No upgrade step: it starts empty. */
export function declareV3(db: Dexie): void {
  db.version(3).stores({ trail: 'key, dealId, at' });
}

/** Version 4: My deals. No upgrade step: it starts empty and every older table is kept as it is. */
function declareV4(db: Dexie): void {
  db.version(4).stores({ myDeals: 'id, *partyNames, savedAt' });
}

export class DealDb extends Dexie {
  companies!: Table<CompanyRow, string>;
  deals!: Table<DealRow, string>;
  layers!: Table<LayerRow, string>;
  dealIndex!: Table<DealIndexRow, string>;
  reference!: Table<ReferenceRow, string>;
  feeds!: Table<FeedRow, string>;
  meta!: Table<MetaRow, string>;
  trail!: Table<TrailRow, string>;
  myDeals!: Table<MyDealRow, string>;

  constructor(name = DEFAULT_DB_NAME) {
    super(name);
    declareV1(this);
    declareV2(this);
    declareV3(this);
    declareV4(this);
  }

  /** Every table that holds cached data (not sync state): what "exactly as before" compares. */
  get dataTables() {
    return [this.companies, this.deals, this.dealIndex, this.layers, this.reference, this.meta];
  }
}

export function dealRow(deal: Deal, feed: string, fx: Reference['fx'] | null): DealRow {
  return {
    id: deal.id,
    deal,
    feed,
    partyNames: [...new Set(deal.parties.map((p) => p.name))],
    kind: deal.kind,
    announced: deal.announced,
    currency: deal.value?.currency ?? null,
    gpuCount: deal.gpus?.count ?? null,
    powerWatts: deal.powerWatts,
    ...dealNumbers(deal, fx),
  };
}

export function dealFacts(row: DealRow): DealFacts {
  const { id, partyNames, announced, gpuCount, powerWatts, annualUsd, oneOffUsd, totalUsd, disclosedUsd } = row;
  return { id, partyNames, announced, gpuCount, powerWatts, annualUsd, oneOffUsd, totalUsd, disclosedUsd };
}

/** Facts per party name, in the order given. */
export function groupByParty<F extends DealFacts>(facts: readonly F[]): Map<string, F[]> {
  const byParty = new Map<string, F[]>();
  for (const f of facts) {
    for (const name of f.partyNames) {
      const list = byParty.get(name);
      if (list) list.push(f);
      else byParty.set(name, [f]);
    }
  }
  return byParty;
}

/** dealIndex rows built from scratch from effective deal rows. */
export function dealIndexRows(rows: readonly DealRow[]): DealIndexRow[] {
  return [...groupByParty(rows.map(dealFacts))].map(([name, facts]) => ({ name, facts }));
}

export function companyRow(company: Company, feed: string): CompanyRow {
  return { name: company.name, company, feed, aliases: [...new Set([company.name, ...company.aliases])] };
}
