// `lookup` as the background serves it. Loading all deals into memory would block a service
// worker that just woke for hundreds of ms (measured: 400–750 ms with 10,000 deals in Chromium),
// so each lookup reads only what the page needs: one dealIndex row per page company (the light
// facts of its deals), the standings lists kept sorted in meta (ranking.ts), then the full deals
// it chose. The pure code of queries.ts ranks and summarizes.
import type { Reference } from '../feed/types';
import type { FigureQuery, LookupResult } from './replies';
import { cacheGeneration, effectiveReference } from './effective';
import type { DealDb } from './db';
import { EMPTY_REFERENCE, finishLookup, planLookup } from './queries';
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
      const [indexRows, companyRows, fresh] = await Promise.all([
        db.dealIndex.bulkGet(names),
        db.companies.bulkGet(names),
        shared?.generation === generation ? shared : loadShared(db, generation),
      ]);
      shared = fresh;
      // Every deal a page company is party to is in its dealIndex row, so ranking and summaries
      // come out as from a full index; only the deals chosen are read in full.
      const index = {
        byParty: new Map(indexRows.flatMap((r) => (r ? [[r.name, r.facts] as const] : []))),
        companies: new Map(companyRows.flatMap((r) => (r ? [[r.name, r.company] as const] : []))),
        reference: fresh.reference ?? EMPTY_REFERENCE,
        ...fresh.ranking,
      };
      const plan = planLookup(index, companies, figures);
      const rows = await db.deals.bulkGet(plan.ranked.map((r) => r.id));
      return finishLookup(plan, new Map(rows.flatMap((r) => (r ? [[r.id, r.deal] as const] : []))));
    });
}

async function loadShared(db: DealDb, generation: number): Promise<Shared> {
  const ranking = ((await db.meta.get(RANKING_KEY))?.value as Ranking | undefined) ?? emptyRanking();
  return { generation, ranking, reference: await effectiveReference(db) };
}

/** One-off lookup (no shared cache). */
export const lookupFromDb = (db: DealDb, companies: string[], figures: FigureQuery[]) =>
  createLookup(db)(companies, figures);
