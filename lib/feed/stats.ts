// Counts for `npm run -s feed -- stats FILE`. Pure.
import type { Feed } from './types';

interface FeedStats {
  generatedAt: string;
  companies: number;
  deals: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byCurrency: Record<string, number>;
  withValue: number;
  withGpuCount: number;
  withPower: number;
  sources: number;
  announced: { first: string | null; last: string | null };
  partiesNotInCompanies: number;
  accelerators: number;
  fx: { date: string; currencies: number };
  tombstones: { companies: number; deals: number };
}

const tally = (values: string[]) =>
  Object.fromEntries(
    [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    ),
  );

export function feedStats(feed: Feed): FeedStats {
  const dates = feed.deals.map((d) => d.announced).sort();
  const names = new Set(feed.companies.map((c) => c.name));
  return {
    generatedAt: feed.generatedAt,
    companies: feed.companies.length,
    deals: feed.deals.length,
    byKind: tally(feed.deals.map((d) => d.kind)),
    byStatus: tally(feed.deals.map((d) => d.status)),
    byCurrency: tally(feed.deals.flatMap((d) => (d.value?.amount != null ? [d.value.currency] : []))),
    withValue: feed.deals.filter((d) => d.value?.amount != null || d.value?.total != null).length,
    withGpuCount: feed.deals.filter((d) => d.gpus?.count != null).length,
    withPower: feed.deals.filter((d) => d.powerWatts != null).length,
    sources: feed.deals.reduce((n, d) => n + d.sources.length, 0),
    announced: { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null },
    partiesNotInCompanies: new Set(feed.deals.flatMap((d) => d.parties.map((p) => p.name)).filter((n) => !names.has(n)))
      .size,
    accelerators: feed.reference.accelerators.length,
    fx: { date: feed.reference.fx.date, currencies: Object.keys(feed.reference.fx.usdPer).length },
    tombstones: { companies: feed.tombstones?.companies.length ?? 0, deals: feed.tombstones?.deals.length ?? 0 },
  };
}
