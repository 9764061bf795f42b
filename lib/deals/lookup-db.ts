// The cold path of `lookup`: a service worker that just woke has no in-memory index, and loading
// 10,000 deals to build one takes far longer than a page should wait. This answers the same
// question from Dexie's indexes — the page companies' deals through `*partyNames`, standings by
// counting on the `annualUsd` / `oneOffUsd` / `totalUsd` indexes — and hands the rows to the same
// pure code. One `equals` per company rather than `anyOf`: the same rows, and it avoids cursor
// jumping, which some IndexedDB implementations (fake-indexeddb) make O(n) per jump.
import type { FigureQuery, FigureStanding, LookupResult } from '../messages';
import { cacheGeneration, effectiveReference } from './apply';
import type { DealDb } from './db';
import { buildIndex, lookup, MATCH_TOLERANCE, standingBasis, toStanding, type RankedValue } from './queries';

const INDEXED: Record<RankedValue, 'annualUsd' | 'oneOffUsd' | 'totalUsd'> = { annual: 'annualUsd', oneOff: 'oneOffUsd', total: 'totalUsd' };

async function countStanding(db: DealDb, f: FigureQuery, totals: Map<RankedValue, Promise<number>>): Promise<FigureStanding | null> {
  const basis = standingBasis(f);
  if (!basis) return null;
  const high = basis.value * (1 + MATCH_TOLERANCE);
  const low = basis.value * (1 - MATCH_TOLERANCE);
  const field = INDEXED[basis.list];
  // The size of each ranked list is counted once per lookup, however many figures use it.
  if (!totals.has(basis.list)) totals.set(basis.list, db.deals.where(field).above(0).count());
  const [above, count, near] = await Promise.all([
    db.deals.where(field).above(high).count(),
    totals.get(basis.list)!,
    db.deals.where(field).between(low, high, true, true).limit(1).primaryKeys(),
  ]);
  return toStanding(f.index, basis.among, above, count, near.length > 0);
}

export async function lookupFromDb(db: DealDb, companies: string[], figures: FigureQuery[]): Promise<LookupResult> {
  return db.transaction('r', [...db.dataTables, db.feeds], async () => {
    const names = [...new Set(companies)];
    const perName = await Promise.all(names.map((n) => db.deals.where('partyNames').equals(n).toArray()));
    const rows = [...new Map(perName.flat().map((r) => [r.id, r])).values()];
    const companyRows = (await db.companies.bulkGet(names)).filter((r) => r !== undefined);
    const totals = new Map<RankedValue, Promise<number>>();
    const standings = (await Promise.all(figures.map((f) => countStanding(db, f, totals)))).filter((s): s is FigureStanding => s !== null);
    // An index of just this page's deals: every deal a page company is party to is in `rows`,
    // so ranking and summaries come out exactly as from the full index.
    const index = buildIndex({
      generation: await cacheGeneration(db),
      deals: rows,
      companies: companyRows,
      reference: await effectiveReference(db),
    });
    return lookup(index, companies, figures, standings);
  });
}
