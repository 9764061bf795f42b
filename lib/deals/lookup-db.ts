// `lookup` as the background serves it. Loading all deals into memory would block a service
// worker that just woke for hundreds of ms (measured: 400–750 ms with 10,000 deals in Chromium),
// so each lookup reads only what the page needs: its companies' deals through `*partyNames` (one
// `equals` per company rather than `anyOf`, which some IndexedDB implementations make O(n) per
// cursor jump) and the standings lists kept sorted in meta (ranking.ts). Then the pure code of
// queries.ts ranks and summarizes.
import type { Reference } from '../feed/types';
import type { FigureQuery, LookupResult } from '../messages';
import { cacheGeneration, effectiveReference } from './effective';
import type { DealDb } from './db';
import { buildIndex, lookup } from './queries';
import { emptyRanking, RANKING_KEY, type Ranking } from './ranking';

interface Shared {
  generation: number;
  ranking: Ranking;
  reference: Reference | null;
}

/** A lookup bound to `db` that keeps the cache-wide parts (standings lists, reference data) in
 *  memory until the cache generation changes, so a page's lookup reads only its companies. */
export function createLookup(db: DealDb): (companies: string[], figures: FigureQuery[]) => Promise<LookupResult> {
  let shared: Shared | null = null;
  return (companies, figures) =>
    db.transaction('r', [...db.dataTables, db.feeds], async () => {
      const generation = await cacheGeneration(db);
      const names = [...new Set(companies)];
      const [perName, companyRows, fresh] = await Promise.all([
        Promise.all(names.map((n) => db.deals.where('partyNames').equals(n).toArray())),
        db.companies.bulkGet(names),
        shared?.generation === generation ? shared : loadShared(db, generation),
      ]);
      shared = fresh;
      const rows = [...new Map(perName.flat().map((r) => [r.id, r])).values()];
      // An index of just this page's deals (every deal a page company is party to is in `rows`,
      // so ranking and summaries come out as from a full index) with the cache-wide lists.
      const index = {
        ...buildIndex({ generation, deals: rows, companies: companyRows.filter((r) => r !== undefined), reference: fresh.reference }),
        ...fresh.ranking,
      };
      return lookup(index, companies, figures);
    });
}

async function loadShared(db: DealDb, generation: number): Promise<Shared> {
  const ranking = ((await db.meta.get(RANKING_KEY))?.value as Ranking | undefined) ?? emptyRanking();
  return { generation, ranking, reference: await effectiveReference(db) };
}

/** One-off lookup (no shared cache). */
export const lookupFromDb = (db: DealDb, companies: string[], figures: FigureQuery[]) => createLookup(db)(companies, figures);
