// The value lists that standings rank a page figure against ("3rd largest of 92 deals by annual
// value"), kept sorted in the meta table and updated inside each apply transaction. A worker that
// just woke reads them with one get; counting on an index instead costs ~100 ms per lookup in
// Chromium's IndexedDB with 10,000 deals (measured), where count() walks the range. Pure helpers.
import type { DealNumbers } from './derive';
import { firstIndex } from '../util/sorted';

export const RANKING_KEY = 'ranking';

/** Each list holds the positive values of that kind, descending. */
export interface Ranking {
  annual: number[];
  oneOff: number[];
  total: number[];
}

const FIELDS = [
  ['annual', 'annualUsd'],
  ['oneOff', 'oneOffUsd'],
  ['total', 'totalUsd'],
] as const;

export const emptyRanking = (): Ranking => ({ annual: [], oneOff: [], total: [] });

export function rankingOf(rows: readonly DealNumbers[]): Ranking {
  const r = emptyRanking();
  for (const [list, field] of FIELDS) {
    r[list] = rows
      .map((d) => d[field])
      .filter((v): v is number => v !== null && v > 0)
      .sort((a, b) => b - a);
  }
  return r;
}

/** First position in a descending list whose value is <= v. */
function position(desc: number[], v: number): number {
  return firstIndex(desc.length, (i) => desc[i] <= v);
}

/** The ranking after rows `removed` were replaced by rows `added` (either may be empty). */
export function updateRanking(
  ranking: Ranking,
  removed: readonly DealNumbers[],
  added: readonly DealNumbers[],
): Ranking {
  const out = { annual: [...ranking.annual], oneOff: [...ranking.oneOff], total: [...ranking.total] };
  for (const [list, field] of FIELDS) {
    for (const row of removed) {
      const v = row[field];
      if (v === null || !(v > 0)) continue;
      const at = position(out[list], v);
      if (out[list][at] === v) out[list].splice(at, 1);
    }
    for (const row of added) {
      const v = row[field];
      if (v !== null && v > 0) out[list].splice(position(out[list], v), 0, v);
    }
  }
  return out;
}
