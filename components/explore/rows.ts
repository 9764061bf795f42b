// The explorer's one flat row per deal: what the table shows, the filters test and the CSV
// writes, computed once per data load (the lower-cased search text too, so typing filters
// 10,000 rows without re-joining strings).
import type { Company, CompanyKind, Deal } from '../../lib/feed/types';
import type { ExploreData, TrailEntry } from '../../lib/messages';
import { dealValueText } from '../DealCard';

export interface DealRow {
  id: string;
  deal: Deal;
  /** Party names, each once. */
  parties: string[];
  /** YYYY-MM-DD or YYYY-MM, as the feed gives it. */
  announced: string;
  annualUsd: number | null;
  totalUsd: number | null;
  disclosedUsd: number | null;
  /** The value as the sources quote it ("€100M a month for 2 years"), or null. */
  valueText: string | null;
  /** Lower-cased title, parties, location, value note and source titles. */
  haystack: string;
  /** Reading trail: the sites this deal was matched on, each with its days, newest first. */
  seen: SeenOn[];
  /** A deal the reader saved (My deals), drawn with a style of its own. */
  mine: boolean;
}

interface SeenOn {
  host: string;
  dates: string[];
}

/** The trail (newest first) by deal id, then site, keeping that order. Pure. */
export function seenByDeal(trail: readonly TrailEntry[]): Map<string, SeenOn[]> {
  const out = new Map<string, SeenOn[]>();
  for (const { dealId, host, date } of trail) {
    let sites = out.get(dealId);
    if (!sites) out.set(dealId, (sites = []));
    let site = sites.find((s) => s.host === host);
    if (!site) sites.push((site = { host, dates: [] }));
    if (!site.dates.includes(date)) site.dates.push(date);
  }
  return out;
}

/** "127.0.0.1 (2026-11-27, 2026-11-20); news.example (2026-11-01)". */
export const seenText = (seen: readonly SeenOn[]): string =>
  seen.map((s) => `${s.host} (${s.dates.join(', ')})`).join('; ');

export function toRows(data: Pick<ExploreData, 'deals'> & Partial<Pick<ExploreData, 'trail'>>): DealRow[] {
  const seen = seenByDeal(data.trail ?? []);
  return data.deals.map(({ deal, annualUsd, totalUsd, disclosedUsd, mine }) => ({
    id: deal.id,
    deal,
    parties: [...new Set(deal.parties.map((p) => p.name))],
    announced: deal.announced,
    annualUsd,
    totalUsd,
    disclosedUsd,
    valueText: dealValueText(deal.value, 'compact'),
    haystack: [
      deal.id,
      deal.title,
      ...deal.parties.map((p) => p.name),
      deal.location ?? '',
      deal.value?.note ?? '',
      deal.gpus?.model ?? '',
      ...deal.sources.map((s) => s.title),
    ]
      .join('\n')
      .toLowerCase(),
    seen: seen.get(deal.id) ?? [],
    mine: mine === true,
  }));
}

/** Company kind by name (and alias), 'other' for names the feed does not list. */
export function kindLookup(companies: readonly Company[]): (name: string) => CompanyKind {
  const kinds = new Map<string, CompanyKind>();
  for (const c of companies) kinds.set(c.name, c.kind);
  return (name) => kinds.get(name) ?? 'other';
}
