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

/** Nouns that make an alias a description ("ChatGPT maker", "U.S. government") rather than a name. */
const DESCRIBING_NOUNS = new Set([
  'maker',
  'makers',
  'owner',
  'parent',
  'developer',
  'creator',
  'company',
  'firm',
  'government',
  'operator',
  'giant',
  'startup',
]);

/** An alias must be a name, not a description: "ChatGPT maker" is how a story refers to OpenAI, but
 *  marking it would mark a product's description. Lower-case brands stay ("SK hynix", "stc"). */
export function isNameLike(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  return words.length < 2 || !DESCRIBING_NOUNS.has(words[words.length - 1]);
}

/** Companies from `extra` (already camelCase: data/companies-extra.json, the project's curated
 *  layer over the shared data) merge by name: aliases are unioned, a new company is appended, and
 *  the shared record's other facts win. An extra company takes over the names it lists, so that
 *  "Alphabet" and "Google DeepMind" can name separately branded firms as the labeling rules want
 *  rather than stay Google's aliases; every alias still names exactly one company. Aliases that are
 *  descriptions rather than names are dropped. `notes` says what moved or was dropped. */
export function mergeCompanies(base: Company[], extra: Company[], notes: string[] = []): Company[] {
  const byName = new Map(base.map((c) => [c.name, { ...c, aliases: [...c.aliases] }]));
  const owner = new Map<string, string>();
  for (const c of byName.values()) for (const a of [c.name, ...c.aliases]) if (!owner.has(a)) owner.set(a, c.name);
  for (const e of extra) {
    const aliases = [...new Set([e.name, ...e.aliases])];
    for (const a of aliases) {
      const o = owner.get(a);
      if (o && o !== e.name) {
        const previous = byName.get(o);
        if (previous) previous.aliases = previous.aliases.filter((x) => x !== a);
        notes.push(`moved alias ${JSON.stringify(a)} from ${JSON.stringify(o)} to ${JSON.stringify(e.name)}`);
      }
      owner.set(a, e.name);
    }
    const have = byName.get(e.name);
    if (!have) byName.set(e.name, { ...e, aliases });
    else have.aliases = [...new Set([...have.aliases, ...aliases])];
  }
  for (const c of byName.values()) {
    const names = c.aliases.filter(isNameLike);
    for (const a of c.aliases)
      if (!names.includes(a))
        notes.push(`dropped alias ${JSON.stringify(a)} of ${JSON.stringify(c.name)}: a description, not a name`);
    c.aliases = names;
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
