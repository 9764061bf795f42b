// The `lookup` request: given the canonical companies and the figures on a page, the deals that
// involve them (ranked), company summaries, standings and the reference data. Pure, over an
// index of deal rows: lookup-db.ts builds one from the page companies' deals read from Dexie
// plus the cache-wide standings lists; tests and the bench build one from a whole snapshot.
import type { CompanySummary, DealMatch, FigureQuery, FigureStanding, LookupResult } from '../messages';
import type { Company, Reference } from '../feed/types';
import type { DealRow } from './db';
import type { Snapshot } from './snapshot';

/** Relative tolerance for "the same figure": covers rounding such as $1.5B for $1.48B. */
export const MATCH_TOLERANCE = 0.02;
const MAX_DEALS = 50;
const TOP_COUNTERPARTIES = 5;
const LATEST_DEALS = 5;

export const EMPTY_REFERENCE: Reference = {
  accelerators: [],
  fx: { date: '1970-01-01', base: 'USD', usdPer: { USD: 1 }, source: 'none: the cache is empty' },
};

export interface QueryIndex {
  generation: number;
  byParty: Map<string, DealRow[]>;
  companies: Map<string, Company>;
  /** Descending value lists for standings. */
  annual: number[];
  oneOff: number[];
  total: number[];
  reference: Reference;
}

const descending = (values: (number | null)[]) =>
  values.filter((v): v is number => v !== null && v > 0).sort((a, b) => b - a);

export function buildIndex(s: Snapshot): QueryIndex {
  const byParty = new Map<string, DealRow[]>();
  for (const row of s.deals) {
    for (const name of row.partyNames) {
      const list = byParty.get(name);
      if (list) list.push(row);
      else byParty.set(name, [row]);
    }
  }
  return {
    generation: s.generation,
    byParty,
    companies: new Map(s.companies.map((r) => [r.name, r.company])),
    annual: descending(s.deals.map((d) => d.annualUsd)),
    oneOff: descending(s.deals.map((d) => d.oneOffUsd)),
    total: descending(s.deals.map((d) => d.totalUsd)),
    reference: s.reference ?? EMPTY_REFERENCE,
  };
}

export const near = (a: number | null | undefined, b: number | null | undefined, tol = MATCH_TOLERANCE) =>
  a != null && b != null && a > 0 && b > 0 && Math.abs(a - b) <= tol * Math.max(a, b);

/** Does page figure `f` state one of this deal's values (money, GPU count or power)? */
export function figureMatches(f: FigureQuery, d: DealRow): boolean {
  return (
    near(f.usd, d.oneOffUsd) || near(f.usd, d.totalUsd) ||
    near(f.usdPerYear, d.annualUsd) ||
    near(f.usdTotal, d.totalUsd) || near(f.usdTotal, d.oneOffUsd) ||
    near(f.gpuCount, d.deal.gpus?.count) ||
    near(f.watts, d.deal.powerWatts)
  );
}

/** Recency as a small tiebreaker: years since 2000 / 100 (2026-05 → 0.26). */
const recency = (announced: string) => (Number(announced.slice(0, 4)) - 2000 + (Number(announced.slice(5, 7)) || 0) / 12) / 100;

/** Deals involving the page companies, best first: the top MAX_DEALS, plus any deal in `keep`
 *  (the summaries' latest deals, which the tooltip looks up by id) that ranked lower. */
export function rankDeals(index: QueryIndex, companies: string[], figures: FigureQuery[], keep: ReadonlySet<string> = new Set()): DealMatch[] {
  const onPage = new Set(companies);
  const seen = new Map<string, DealRow>();
  for (const name of onPage) for (const row of index.byParty.get(name) ?? []) seen.set(row.id, row);
  const matches: DealMatch[] = [];
  for (const row of seen.values()) {
    const partiesOnPage = row.partyNames.filter((n) => onPage.has(n));
    const figureIndexes = figures.filter((f) => figureMatches(f, row)).map((f) => f.index);
    const score =
      (partiesOnPage.length >= 2 ? 100 : 0) + (figureIndexes.length ? 50 : 0) + partiesOnPage.length + recency(row.announced);
    matches.push({ deal: row.deal, score, partiesOnPage, figureIndexes });
  }
  matches.sort((a, b) => b.score - a.score || a.deal.id.localeCompare(b.deal.id));
  return matches.filter((m, i) => i < MAX_DEALS || keep.has(m.deal.id));
}

export function summarizeCompany(index: QueryIndex, name: string): CompanySummary | null {
  const company = index.companies.get(name);
  if (!company) return null;
  const rows = index.byParty.get(name) ?? [];
  const counter = new Map<string, number>();
  for (const row of rows) for (const other of row.partyNames) if (other !== name) counter.set(other, (counter.get(other) ?? 0) + 1);
  return {
    company,
    dealCount: rows.length,
    disclosedUsd: rows.reduce((sum, r) => sum + (r.disclosedUsd ?? 0), 0),
    topCounterparties: [...counter]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_COUNTERPARTIES)
      .map(([n, deals]) => ({ name: n, deals })),
    latestDealIds: [...rows]
      .sort((a, b) => b.announced.localeCompare(a.announced) || a.id.localeCompare(b.id))
      .slice(0, LATEST_DEALS)
      .map((r) => r.id),
  };
}

/** Values in `desc` strictly larger than x (beyond rounding). Binary search. */
function countAbove(desc: number[], x: number): number {
  let lo = 0, hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid] > x * (1 + MATCH_TOLERANCE)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type RankedValue = 'annual' | 'oneOff' | 'total';

/** Which cached value a figure is ranked by, first that applies: a rate by annual value, a
 *  one-off amount among one-off values, a stated total among totals. */
export function standingBasis(f: FigureQuery): { value: number; list: RankedValue; among: string } | null {
  const pick: [number | undefined, RankedValue, string][] = [
    [f.usdPerYear, 'annual', 'deals by annual value'],
    [f.usd, 'oneOff', 'one-off deals by value'],
    [f.usdTotal, 'total', 'deals by total value'],
  ];
  for (const [value, list, among] of pick) if (value !== undefined && value > 0) return { value, list, among };
  return null;
}

/** `above`: cached values larger beyond rounding; `count`: cached values; `cached`: one of them
 *  equals the figure within rounding (then the figure is that deal, not one more). */
function toStanding(index: number, among: string, above: number, count: number, cached: boolean): FigureStanding | null {
  if (!count) return null;
  return { index, rank: above + 1, of: count + (cached ? 0 : 1), among };
}

export function standing(index: QueryIndex, f: FigureQuery): FigureStanding | null {
  const basis = standingBasis(f);
  if (!basis) return null;
  const list = index[basis.list];
  const above = countAbove(list, basis.value);
  return toStanding(f.index, basis.among, above, list.length, above < list.length && near(list[above], basis.value));
}

export function lookup(index: QueryIndex, companies: string[], figures: FigureQuery[]): LookupResult {
  const summaries: Record<string, CompanySummary> = {};
  for (const name of new Set(companies)) {
    const s = summarizeCompany(index, name);
    if (s) summaries[name] = s;
  }
  const latest = new Set(Object.values(summaries).flatMap((s) => s.latestDealIds));
  return {
    deals: rankDeals(index, companies, figures, latest),
    companies: summaries,
    standings: figures.map((f) => standing(index, f)).filter((s): s is FigureStanding => s !== null),
    reference: index.reference,
  };
}
