// The explorer's one flat row per deal: what the table shows, the filters test and the CSV
// writes, computed once per data load (the lower-cased search text too, so typing filters
// 10,000 rows without re-joining strings).
import type { Company, CompanyKind, Deal } from '../../lib/feed/types';
import type { ExploreData } from '../../lib/messages';
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
}

export function toRows(data: Pick<ExploreData, 'deals'>): DealRow[] {
  return data.deals.map(({ deal, annualUsd, totalUsd, disclosedUsd }) => ({
    id: deal.id,
    deal,
    parties: [...new Set(deal.parties.map((p) => p.name))],
    announced: deal.announced,
    annualUsd,
    totalUsd,
    disclosedUsd,
    valueText: dealValueText(deal.value, 'compact'),
    haystack: [deal.id, deal.title, ...deal.parties.map((p) => p.name), deal.location ?? '', deal.value?.note ?? '',
      deal.gpus?.model ?? '', ...deal.sources.map((s) => s.title)].join('\n').toLowerCase(),
  }));
}

/** Company kind by name (and alias), 'other' for names the feed does not list. */
export function kindLookup(companies: readonly Company[]): (name: string) => CompanyKind {
  const kinds = new Map<string, CompanyKind>();
  for (const c of companies) kinds.set(c.name, c.kind);
  return (name) => kinds.get(name) ?? 'other';
}
