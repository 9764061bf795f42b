// Builds feed format v1 from the feed's sources (data/sources/*.json, records already in the feed's
// own field names) and the project's curated company layer. Pure: file I/O is cli/feed-files.ts.
// Reproducible: every record is rebuilt with a fixed key order, arrays keep the sources' order, and
// `generatedAt` is the sources' newest date, never the clock — the same sources give the same bytes.
import { mergeCompanies } from './companies';
import { modelKeys } from './models';
import { FEED_FORMAT, FEED_VERSION } from './types';
import type { Accelerator, Company, Deal, Feed, FxTable, Source } from './types';

export { isNameLike, mergeCompanies } from './companies';

export interface FeedSources {
  deals: Deal[];
  companies: Company[];
  accelerators: Accelerator[];
  /** data/companies-extra.json: merged over `companies` (see mergeCompanies). */
  extraCompanies?: Company[];
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function sourceRecord(s: Source): Source {
  return { url: s.url, title: s.title, date: orNull(s.date) };
}

function companyRecord(c: Company): Company {
  return { name: c.name, aliases: [...c.aliases], ticker: orNull(c.ticker), kind: c.kind };
}

/** A deal as the sources keep it: the feed's fields in the feed's order, without derived fields. */
export function sourceDeal(d: Deal): Deal {
  const v = d.value;
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    parties: d.parties.map((p) => ({ name: p.name, role: p.role })),
    announced: d.announced,
    value: v
      ? {
          currency: v.currency,
          amount: orNull(v.amount),
          period: orNull(v.period),
          termMonths: orNull(v.termMonths),
          total: orNull(v.total),
          note: orNull(v.note),
        }
      : null,
    gpus: d.gpus ? { count: orNull(d.gpus.count), model: orNull(d.gpus.model) } : null,
    powerWatts: orNull(d.powerWatts),
    location: orNull(d.location),
    status: d.status,
    sources: d.sources.map(sourceRecord),
  };
}

/** A deal as the feed carries it: the source record plus the derived `gpus.modelKeys`. */
export function feedDeal(d: Deal): Deal {
  const deal = sourceDeal(d);
  if (deal.gpus) deal.gpus = { ...deal.gpus, modelKeys: modelKeys(deal.gpus.model) };
  return deal;
}

function acceleratorRecord(a: Accelerator): Accelerator {
  const price = a.unitPriceUsd;
  return {
    model: a.model,
    vendor: a.vendor,
    architecture: orNull(a.architecture),
    boardPowerWatts: a.boardPowerWatts,
    boardPowerNote: orNull(a.boardPowerNote),
    unitPriceUsd: price ? { low: price.low, high: price.high, note: orNull(price.note) } : null,
    cloudPricePerGpuHour: a.cloudPricePerGpuHour.map((r) => ({
      low: r.low,
      high: r.high,
      tier: r.tier,
      asOf: r.asOf,
      source: r.source,
    })),
    sources: a.sources.map(sourceRecord),
  };
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The newest calendar date the sources state (deal announcements, page dates, price dates, the FX
 *  table), as an ISO timestamp at midnight UTC. A month-only date counts as its first day. */
export function newestDate(sources: FeedSources, fx: FxTable): string {
  const dates = [
    fx.date,
    ...sources.deals.flatMap((d) => [d.announced, ...d.sources.map((s) => s.date)]),
    ...sources.accelerators.flatMap((a) => [
      ...a.sources.map((s) => s.date),
      ...a.cloudPricePerGpuHour.map((r) => r.asOf),
    ]),
  ];
  let newest = '';
  for (const date of dates) {
    const m = date ? DATE.exec(date) : null;
    const day = m ? `${m[1]}-${m[2]}-${m[3] ?? '01'}` : '';
    if (day > newest) newest = day;
  }
  return `${newest}T00:00:00.000Z`;
}

export function feedFromSources(sources: FeedSources, fx: FxTable, notes: string[] = []): Feed {
  const companies = mergeCompanies(
    sources.companies.map(companyRecord),
    (sources.extraCompanies ?? []).map(companyRecord),
    notes,
  );
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generatedAt: newestDate(sources, fx),
    companies,
    deals: sources.deals.map(feedDeal),
    reference: {
      accelerators: sources.accelerators.map(acceleratorRecord),
      fx: { date: fx.date, base: fx.base, usdPer: { ...fx.usdPer }, source: fx.source },
    },
    tombstones: { companies: [], deals: [] },
  };
}

/** The committed form of a feed: one-space indentation, a final newline. */
export function feedText(feed: Feed): string {
  return JSON.stringify(feed, null, 1) + '\n';
}
