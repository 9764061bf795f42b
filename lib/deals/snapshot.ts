// Reading the cache as a whole: the in-memory snapshot that queries run on, the export as a feed
// document, and the full dump tests compare before and after a failed sync.
import type { Feed } from '../feed/types';
import { FEED_FORMAT, FEED_VERSION } from '../feed/types';
import type { CompanyRow, DealDb, DealRow } from './db';
import { cacheGeneration, effectiveReference } from './effective';
import type { Reference } from '../feed/types';

export interface Snapshot {
  generation: number;
  deals: DealRow[];
  companies: CompanyRow[];
  reference: Reference | null;
}

export async function loadSnapshot(db: DealDb): Promise<Snapshot> {
  return db.transaction('r', [...db.dataTables, db.feeds], async () => ({
    generation: await cacheGeneration(db),
    deals: await db.deals.toArray(),
    companies: await db.companies.toArray(),
    reference: await effectiveReference(db),
  }));
}

/** The effective cache as a feed document; importing it reproduces the same records. */
export function snapshotToFeed(s: Snapshot, generatedAt = new Date().toISOString()): Feed {
  if (!s.reference) throw new Error('The cache holds no reference data yet; nothing to export');
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generatedAt,
    companies: s.companies.map((r) => r.company),
    deals: s.deals.map((r) => r.deal),
    reference: s.reference,
    tombstones: { companies: [], deals: [] },
  };
}

/** Every data table's rows in key order (sync state excluded), for "exactly as before" checks. */
export async function dumpCache(db: DealDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.dataTables) out[table.name] = await table.toArray();
  return out;
}
