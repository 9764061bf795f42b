// The deal cache (background only). Two layers:
//  - per-feed layer tables (feedDeals, feedCompanies, reference) hold each feed's records as it
//    sent them, tombstones included, so removing or disabling a feed can restore what a
//    lower-precedence feed says;
//  - effective tables (deals, companies) hold the winner per id/name (lib/deals/resolve.ts), with
//    derived fields for the indexes. Queries read only these.
// Version 1 shipped the tables; version 2 adds the derived USD fields and their indexes (its
// upgrade computes them for rows written by version 1, with the standings lists of ranking.ts)
// and stores layer records as JSON text.
import Dexie, { type Table } from 'dexie';
import type { Company, Deal, Reference } from '../feed/types';
import { dealNumbers, type DealNumbers } from './derive';
import { RANKING_KEY, rankingOf } from './ranking';

export type FeedKind = 'bundled' | 'user';

export interface DealRow extends DealNumbers {
  id: string;
  deal: Deal;
  /** The feed whose record won. */
  feed: string;
  partyNames: string[];
  kind: Deal['kind'];
  announced: string;
  /** The value's currency: non-USD rows are the ones a new FX table changes. */
  currency: string | null;
}

export interface CompanyRow {
  name: string;
  company: Company;
  feed: string;
  aliases: string[];
}

/** A feed's own copy of a record as JSON text (cheap to store, compare and skip), or null for its
 *  tombstone for that key. Version 1 stored the object itself (`deal` / `company`). */
export interface FeedDealRow { feed: string; id: string; json: string | null }
export interface FeedCompanyRow { feed: string; name: string; json: string | null }
export interface ReferenceRow { feed: string; reference: Reference }

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
}

export interface MetaRow { key: string; value: unknown }

export const DEFAULT_DB_NAME = 'deallens';

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

export function declareV2(db: Dexie): void {
  db.version(2)
    .stores({ deals: 'id, *partyNames, kind, announced, annualUsd, oneOffUsd, totalUsd, currency' })
    .upgrade(async (tx) => {
      const toJson = (field: 'deal' | 'company') => (row: Record<string, unknown>) => {
        row.json = row[field] == null ? null : JSON.stringify(row[field]);
        delete row[field];
      };
      await tx.table('feedDeals').toCollection().modify(toJson('deal'));
      await tx.table('feedCompanies').toCollection().modify(toJson('company'));
      const refs = (await tx.table('reference').toArray()) as ReferenceRow[];
      const feeds = new Map(((await tx.table('feeds').toArray()) as FeedRow[]).map((f) => [f.url, f.priority]));
      const best = refs.sort((a, b) => (feeds.get(b.feed) ?? 0) - (feeds.get(a.feed) ?? 0))[0];
      const fx = best?.reference.fx ?? null;
      await tx.table('deals').toCollection().modify((row: DealRow) => {
        Object.assign(row, dealNumbers(row.deal, fx), { currency: row.deal.value?.currency ?? null });
      });
      await tx.table('meta').put({ key: RANKING_KEY, value: rankingOf(await tx.table('deals').toArray()) });
    });
}

export class DealDb extends Dexie {
  companies!: Table<CompanyRow, string>;
  deals!: Table<DealRow, string>;
  feedCompanies!: Table<FeedCompanyRow, [string, string]>;
  feedDeals!: Table<FeedDealRow, [string, string]>;
  reference!: Table<ReferenceRow, string>;
  feeds!: Table<FeedRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DEFAULT_DB_NAME) {
    super(name);
    declareV1(this);
    declareV2(this);
  }

  /** Every table that holds cached data (not sync state): what "exactly as before" compares. */
  get dataTables() {
    return [this.companies, this.deals, this.feedCompanies, this.feedDeals, this.reference, this.meta];
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
    ...dealNumbers(deal, fx),
  };
}

export function companyRow(company: Company, feed: string): CompanyRow {
  return { name: company.name, company, feed, aliases: [...new Set([company.name, ...company.aliases])] };
}
