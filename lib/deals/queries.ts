// The `lookup` request: given the canonical companies and the figures on a page, the deals that
// involve them (ranked), company summaries, standings and the reference data. Pure. Ranking and
// summaries need only each deal's light facts (ids, parties, date, derived numbers); the full
// deals are fetched for the chosen ids afterwards, so a page naming the busiest companies reads
// a few small rows, not hundreds of full deals (lookup-db.ts). Tests and the bench build an
// index from a whole snapshot with the same code.
import type { CompanySummary, DealMatch, FigureQuery, FigureStanding, LookupResult } from './replies';
import type { Company, Deal, Reference } from '../feed/types';
import { groupByParty, type DealFacts, type DealRow } from './db';
import { rankingOf, type Ranking } from './ranking';
import type { Snapshot } from './snapshot';
import { firstIndex } from '../util/sorted';

/** Relative tolerance for "the same figure": covers rounding such as $1.5B for $1.48B. */
const MATCH_TOLERANCE = 0.02;
const MAX_DEALS = 50;
const TOP_COUNTERPARTIES = 5;
const LATEST_DEALS = 5;

export const EMPTY_REFERENCE: Reference = {
  accelerators: [],
  fx: { date: '1970-01-01', base: 'USD', usdPer: { USD: 1 }, source: 'none: the cache is empty' },
};

interface QueryIndex<F extends DealFacts = DealFacts> extends Ranking {
  /** The light facts of every deal each company is party to (at least the page's companies). */
  byParty: Map<string, F[]>;
  companies: Map<string, Company>;
  reference: Reference;
}

export function buildIndex(s: Snapshot): QueryIndex<DealRow> {
  return {
    byParty: groupByParty(s.deals),
    companies: new Map(s.companies.map((r) => [r.name, r.company])),
    ...rankingOf(s.deals),
    reference: s.reference ?? EMPTY_REFERENCE,
  };
}

const near = (a: number | null | undefined, b: number | null | undefined, tol = MATCH_TOLERANCE) =>
  a != null && b != null && a > 0 && b > 0 && Math.abs(a - b) <= tol * Math.max(a, b);

/** Does page figure `f` state one of this deal's values (money, GPU count or power)? */
function figureMatches(f: FigureQuery, d: DealFacts): boolean {
  return (
    near(f.usd, d.oneOffUsd) ||
    near(f.usd, d.totalUsd) ||
    near(f.usdPerYear, d.annualUsd) ||
    near(f.usdTotal, d.totalUsd) ||
    near(f.usdTotal, d.oneOffUsd) ||
    near(f.gpuCount, d.gpuCount) ||
    near(f.watts, d.powerWatts)
  );
}

/** Recency as a small tiebreaker: years since 2000 / 100 (2026-05 → 0.26). */
const recency = (announced: string) =>
  (Number(announced.slice(0, 4)) - 2000 + (Number(announced.slice(5, 7)) || 0) / 12) / 100;

type RankedDeal = Omit<DealMatch, 'deal'> & { id: string };

/** Deals involving the page companies, best first: the top MAX_DEALS, plus any deal in `keep`
 *  (the summaries' latest deals, which the tooltip looks up by id) that ranked lower. */
function rankDeals(
  index: QueryIndex,
  companies: string[],
  figures: FigureQuery[],
  keep: ReadonlySet<string> = new Set(),
): RankedDeal[] {
  const onPage = new Set(companies);
  const seen = new Map<string, DealFacts>();
  for (const name of onPage) for (const f of index.byParty.get(name) ?? []) seen.set(f.id, f);
  const ranked: RankedDeal[] = [];
  for (const f of seen.values()) {
    const partiesOnPage = f.partyNames.filter((n) => onPage.has(n));
    const figureIndexes = figures.filter((q) => figureMatches(q, f)).map((q) => q.index);
    const score =
      (partiesOnPage.length >= 2 ? 100 : 0) +
      (figureIndexes.length ? 50 : 0) +
      partiesOnPage.length +
      recency(f.announced);
    ranked.push({ id: f.id, score, partiesOnPage, figureIndexes });
  }
  ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return ranked.filter((m, i) => i < MAX_DEALS || keep.has(m.id));
}

function summarizeCompany(index: QueryIndex, name: string): CompanySummary | null {
  const company = index.companies.get(name);
  if (!company) return null;
  const facts = index.byParty.get(name) ?? [];
  const counter = new Map<string, number>();
  for (const f of facts)
    for (const other of f.partyNames) if (other !== name) counter.set(other, (counter.get(other) ?? 0) + 1);
  return {
    company,
    dealCount: facts.length,
    disclosedUsd: facts.reduce((sum, f) => sum + (f.disclosedUsd ?? 0), 0),
    topCounterparties: [...counter]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_COUNTERPARTIES)
      .map(([n, deals]) => ({ name: n, deals })),
    latestDealIds: [...facts]
      .sort((a, b) => b.announced.localeCompare(a.announced) || a.id.localeCompare(b.id))
      .slice(0, LATEST_DEALS)
      .map((f) => f.id),
  };
}

/** Values in `desc` strictly larger than x (beyond rounding). Binary search. */
function countAbove(desc: number[], x: number): number {
  return firstIndex(desc.length, (i) => !(desc[i] > x * (1 + MATCH_TOLERANCE)));
}

/** A figure's rank among cached values of its kind, first that applies: a rate by annual value,
 *  a one-off amount among one-off values, a stated total among totals. A figure equal (within
 *  rounding) to a cached value is that deal; otherwise it counts as one more. */
/** How many times smaller than the smallest cached deal a figure may be and still be ranked among deals. */
const FAR_BELOW = 100;

export function standing(index: QueryIndex, f: FigureQuery): FigureStanding | null {
  const pick: [number | undefined, keyof Ranking][] = [
    [f.usdPerYear, 'annual'],
    [f.usd, 'oneOff'],
    [f.usdTotal, 'total'],
  ];
  const basis = pick.find(([value]) => value !== undefined && value > 0);
  if (!basis) return null;
  const [value, list] = basis as [number, keyof Ranking];
  const desc = index[list];
  if (!desc.length) return null;
  // A retail price ("SAVE $250.00") is no deal: a figure far below the smallest cached deal gets no standing.
  if (value < desc[desc.length - 1] / FAR_BELOW) return null;
  const above = countAbove(desc, value);
  const cached = above < desc.length && near(desc[above], value);
  return { index: f.index, rank: above + 1, of: desc.length + (cached ? 0 : 1), basis: list, listed: cached };
}

/** Everything but the full deals: which deal ids to return, in order. */
interface LookupPlan extends Omit<LookupResult, 'deals'> {
  ranked: RankedDeal[];
}

export function planLookup(index: QueryIndex, companies: string[], figures: FigureQuery[]): LookupPlan {
  const found = [...new Set(companies)].flatMap((name) => {
    const s = summarizeCompany(index, name);
    return s ? [[name, s] as const] : [];
  });
  // fromEntries defines own keys: a company named "__proto__" stays a summary, not a prototype.
  const summaries: Record<string, CompanySummary> = Object.fromEntries(found);
  const latest = new Set(found.flatMap(([, s]) => s.latestDealIds));
  return {
    ranked: rankDeals(index, companies, figures, latest),
    companies: summaries,
    standings: figures.map((f) => standing(index, f)).filter((s): s is FigureStanding => s !== null),
    reference: index.reference,
  };
}

/** The plan with its deals filled in from `deals` (by id). */
export function finishLookup({ ranked, ...rest }: LookupPlan, deals: ReadonlyMap<string, Deal>): LookupResult {
  const matches = ranked.flatMap(({ id, ...m }) => {
    const deal = deals.get(id);
    return deal ? [{ deal, ...m }] : [];
  });
  return { deals: matches, ...rest };
}

/** Lookup over an index whose facts are full deal rows (tests, the bench). */
export function lookup(
  index: QueryIndex<DealFacts & { deal: Deal }>,
  companies: string[],
  figures: FigureQuery[],
): LookupResult {
  const plan = planLookup(index, companies, figures);
  const wanted = new Set(plan.ranked.map((r) => r.id));
  const deals = new Map<string, Deal>();
  for (const name of companies)
    for (const row of index.byParty.get(name) ?? []) if (wanted.has(row.id)) deals.set(row.id, row.deal);
  return finishLookup(plan, deals);
}
