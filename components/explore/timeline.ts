// Deal value per month or quarter, stacked by deal kind, with the part that involves the
// selected company counted separately for highlighting. Pure.
import type { DealKind } from '../../lib/feed/types';
import type { DealRow } from './rows';

export type Granularity = 'month' | 'quarter';

interface Bucket {
  /** "2026-03" or "2026-Q1". */
  key: string;
  byKind: Partial<Record<DealKind, number>>;
  totalUsd: number;
  deals: number;
  /** Value of the selected company's deals in this bucket (0 without a selection). */
  selectedUsd: number;
  selectedDeals: number;
}

export function bucketKey(announced: string, g: Granularity): string {
  const year = announced.slice(0, 4);
  const month = Number(announced.slice(5, 7)) || 1;
  return g === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The next bucket key after `key` (for filling empty months so time stays to scale). */
export function nextKey(key: string, g: Granularity): string {
  const year = Number(key.slice(0, 4));
  const n = Number(g === 'month' ? key.slice(5) : key.slice(6));
  const last = g === 'month' ? 12 : 4;
  const [y, m] = n === last ? [year + 1, 1] : [year, n + 1];
  return g === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${m}`;
}

/** Value a deal adds to the timeline: its disclosed USD value (0 when undisclosed). */
const timelineValue = (r: DealRow): number => r.disclosedUsd ?? 0;

/** Buckets from the first to the last deal, empty ones included, in time order. */
export function bucketRows(rows: readonly DealRow[], g: Granularity, company = ''): Bucket[] {
  const byKey = new Map<string, Bucket>();
  for (const r of rows) {
    const key = bucketKey(r.announced, g);
    const b =
      byKey.get(key) ??
      byKey.set(key, { key, byKind: {}, totalUsd: 0, deals: 0, selectedUsd: 0, selectedDeals: 0 }).get(key)!;
    const v = timelineValue(r);
    b.byKind[r.deal.kind] = (b.byKind[r.deal.kind] ?? 0) + v;
    b.totalUsd += v;
    b.deals++;
    if (company && r.parties.includes(company)) {
      b.selectedUsd += v;
      b.selectedDeals++;
    }
  }
  if (!byKey.size) return [];
  const keys = [...byKey.keys()].sort();
  const out: Bucket[] = [];
  for (let k = keys[0]; k <= keys[keys.length - 1]; k = nextKey(k, g)) {
    out.push(byKey.get(k) ?? { key: k, byKind: {}, totalUsd: 0, deals: 0, selectedUsd: 0, selectedDeals: 0 });
  }
  return out;
}

/** The deals of one bucket, as a bar lists them: the selected company's first, then by
 *  disclosed value (largest first), then by date. */
export function rowsInBucket(rows: readonly DealRow[], key: string, g: Granularity, company = ''): DealRow[] {
  const mine = (r: DealRow) => (company && r.parties.includes(company) ? 0 : 1);
  return rows
    .filter((r) => bucketKey(r.announced, g) === key)
    .sort(
      (a, b) =>
        mine(a) - mine(b) ||
        timelineValue(b) - timelineValue(a) ||
        a.announced.localeCompare(b.announced) ||
        a.id.localeCompare(b.id),
    );
}

/** The axis top: the smallest 1, 2, 2.5 or 5 × 10^k at or above `max`, so ticks at quarters of
 *  it read as round figures ($250B, $500B…). */
export function niceCeil(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}
