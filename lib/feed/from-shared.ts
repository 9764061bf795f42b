// Maps the shared research data (snake_case JSON arrays in ../shared/data) to feed format v1.
// Pure: the build script does the file I/O. The facts carry over unchanged; what is added is
// derived (gpus.modelKeys) or stated (the FX table passed in).
import { modelKeys } from './models';
import { FEED_FORMAT, FEED_VERSION } from './types';
import type { Accelerator, Company, Deal, Feed, FxTable, Source } from './types';

type Raw = Record<string, any>;

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function source(s: Raw): Source {
  return { url: s.url, title: s.title, date: orNull(s.date) };
}

export function companyFromShared(c: Raw): Company {
  return { name: c.name, aliases: [...c.aliases], ticker: orNull(c.ticker), kind: c.kind };
}

export function dealFromShared(d: Raw): Deal {
  const v = d.value;
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    parties: d.parties.map((p: Raw) => ({ name: p.name, role: p.role })),
    announced: d.announced,
    value: v
      ? {
          currency: v.currency,
          amount: orNull(v.amount),
          period: orNull(v.period),
          termMonths: orNull(v.term_months),
          total: orNull(v.total),
          note: orNull(v.note),
        }
      : null,
    gpus: d.gpus
      ? { count: orNull(d.gpus.count), model: orNull(d.gpus.model), modelKeys: modelKeys(d.gpus.model) }
      : null,
    powerWatts: orNull(d.power_watts),
    location: orNull(d.location),
    status: d.status,
    sources: d.sources.map(source),
  };
}

export function acceleratorFromShared(a: Raw): Accelerator {
  const price = a.unit_price_usd;
  return {
    model: a.model,
    vendor: a.vendor,
    architecture: orNull(a.architecture),
    boardPowerWatts: a.board_power_watts,
    boardPowerNote: orNull(a.board_power_note),
    unitPriceUsd: price ? { low: price.low, high: price.high, note: orNull(price.note) } : null,
    cloudPricePerGpuHour: (a.cloud_price_usd_per_gpu_hour ?? []).map((r: Raw) => ({
      low: r.low,
      high: r.high,
      tier: r.tier,
      asOf: r.as_of,
      source: r.source,
    })),
    sources: a.sources.map(source),
  };
}

/** Companies from `extra` (already camelCase, e.g. data/companies-extra.json) merge by name:
 *  aliases are unioned, and a new company is appended. The shared record's other facts win, and so
 *  do its aliases: an extra alias another company already owns is dropped, and an extra company
 *  whose name is another company's alias ("Alphabet" for Google) is dropped as a duplicate, so
 *  every alias names one canonical company. `notes` says what was dropped. */
export function mergeCompanies(base: Company[], extra: Company[], notes: string[] = []): Company[] {
  const byName = new Map(base.map((c) => [c.name, { ...c, aliases: [...c.aliases] }]));
  const owner = new Map<string, string>();
  for (const c of byName.values()) for (const a of [c.name, ...c.aliases]) if (!owner.has(a)) owner.set(a, c.name);
  for (const e of extra) {
    const nameOwner = owner.get(e.name);
    if (nameOwner && nameOwner !== e.name) {
      notes.push(`dropped extra company ${JSON.stringify(e.name)}: already an alias of ${JSON.stringify(nameOwner)}`);
      continue;
    }
    const aliases = [...new Set([e.name, ...e.aliases])].filter((a) => {
      const o = owner.get(a);
      if (o && o !== e.name) notes.push(`dropped alias ${JSON.stringify(a)} of ${JSON.stringify(e.name)}: it names ${JSON.stringify(o)}`);
      return !o || o === e.name;
    });
    for (const a of aliases) owner.set(a, e.name);
    const have = byName.get(e.name);
    if (!have) byName.set(e.name, { ...e, aliases });
    else have.aliases = [...new Set([...have.aliases, ...aliases])];
  }
  return [...byName.values()];
}

export interface SharedData {
  deals: Raw[];
  companies: Raw[];
  accelerators: Raw[];
  extraCompanies?: Company[];
}

export function feedFromShared(data: SharedData, fx: FxTable, generatedAt: string, notes: string[] = []): Feed {
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generatedAt,
    companies: mergeCompanies(data.companies.map(companyFromShared), data.extraCompanies ?? [], notes),
    deals: data.deals.map(dealFromShared),
    reference: { accelerators: data.accelerators.map(acceleratorFromShared), fx },
    tombstones: { companies: [], deals: [] },
  };
}
