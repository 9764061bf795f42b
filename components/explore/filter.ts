// Filtering and sorting the deal rows. Pure; the table, network and timeline all show the
// rows this returns, so one filter bar drives every view.
import type { DealKind } from '../../lib/feed/types';
import type { DealRow } from './rows';

export type Status = DealRow['deal']['status'];

export interface DealFilter {
  /** A party name (exact); '' for any. */
  company: string;
  /** Another party of the same deal (exact); '' for any. */
  counterparty: string;
  kind: DealKind | '';
  status: Status | '';
  /** Inclusive bounds compared with the announcement date: YYYY-MM or YYYY-MM-DD, '' for open. */
  from: string;
  to: string;
  /** Minimum annualized USD value; rows without an annual rate are dropped when it is > 0. */
  minAnnualUsd: number;
  /** Words that must all occur in the title, parties, location or sources (case-insensitive). */
  text: string;
  /** Only deals in the reading trail (matched on a page the reader visited). */
  seen: boolean;
}

export const EMPTY_FILTER: DealFilter = {
  company: '',
  counterparty: '',
  kind: '',
  status: '',
  from: '',
  to: '',
  minAnnualUsd: 0,
  text: '',
  seen: false,
};

/** Compares two dates at the coarser of their precisions: a month overlaps each of its days. */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, n), b.slice(0, n)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `announced` (YYYY-MM or YYYY-MM-DD) against bounds of either precision: "to 2026-03" keeps
 *  2026-03-31, and a deal dated only "2026-04" is within "from 2026-04-15". */
function withinDates(announced: string, from: string, to: string): boolean {
  if (from && compareDates(announced, from) < 0) return false;
  if (to && compareDates(announced, to) > 0) return false;
  return true;
}

export function filterRows(rows: readonly DealRow[], f: DealFilter): DealRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.company && !r.parties.includes(f.company)) return false;
    if (f.counterparty && !r.parties.some((p) => p === f.counterparty && p !== f.company)) return false;
    if (f.kind && r.deal.kind !== f.kind) return false;
    if (f.status && r.deal.status !== f.status) return false;
    if (!withinDates(r.announced, f.from, f.to)) return false;
    if (f.minAnnualUsd > 0 && !(r.annualUsd !== null && r.annualUsd >= f.minAnnualUsd)) return false;
    if (f.seen && !r.seen.length) return false;
    return words.every((w) => r.haystack.includes(w));
  });
}

export type SortKey = 'announced' | 'title' | 'kind' | 'status' | 'annualUsd' | 'disclosedUsd';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: Sort = { key: 'announced', dir: 'desc' };

/** A stable sort; rows without the value (no annual rate, no disclosed value) always come last. */
export function sortRows(rows: readonly DealRow[], sort: Sort): DealRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const value = (r: DealRow): string | number | null =>
    sort.key === 'title'
      ? r.deal.title.toLowerCase()
      : sort.key === 'kind'
        ? r.deal.kind
        : sort.key === 'status'
          ? r.deal.status
          : sort.key === 'announced'
            ? r.announced
            : r[sort.key];
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return c ? c * sign : a.i - b.i;
    })
    .map((x) => x.r);
}

/** Every party name that occurs in the rows, sorted, for the company pickers. */
export function partyNames(rows: readonly DealRow[]): string[] {
  const names = new Set<string>();
  for (const r of rows) for (const p of r.parties) names.add(p);
  return [...names].sort((a, b) => a.localeCompare(b));
}
