// Scanning helpers: extraction in slices that yield to the page, and the lookup query a scan
// sends. Slicing is pure (windows()) and tested; the rest is thin.
import type { Mention } from '../extract/types';
import type { Company, FxTable } from '../feed/types';
import type { ExtractOptions } from '../extract/index';
import type { LangRun } from '../dom/textmap';
import type { FigureQuery, LookupResult } from '../messages';
import { annualize, totalOverTerm } from '../figures/period';
import { toUsd } from '../figures/fx';
import { yieldToPage } from './yield';

/** A block longer than this is not prose (9 × 200,000 characters of "$1-$1-…" or "7777…" in one
 *  paragraph): the reading pass leaves it unmarked (see overlongBlockEnd), and windowEnd cuts it
 *  inside wherever windows are wanted over it, so no single slice grows with it. */
export const MAX_BLOCK = 16_000;

/** Where the block starting at `start` ends (after its "\n"), when it is longer than `maxBlock`;
 *  else -1. Such a block is left unread: no article paragraph is that long, and marking tens of
 *  thousands of figures on one unbroken line costs the page seconds of painting per frame. */
export function overlongBlockEnd(text: string, start: number, maxBlock = MAX_BLOCK): number {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl + 1;
  return end - start > maxBlock ? end : -1;
}

/** End of the window that starts at `start` and holds at most `size` characters, cut only after
 *  a "\n" (sentences never cross a block boundary, so no mention is cut). A single block longer
 *  than `size` stays whole up to MAX_BLOCK; a longer one is cut after a sentence end, else at a
 *  space, else anywhere (it is not prose). Linear over the whole text: searches are bounded. */
export function windowEnd(text: string, start: number, size: number, maxBlock = MAX_BLOCK): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return text.length;
  const cut = text.lastIndexOf('\n', end - 1);
  if (cut >= start) return cut + 1;
  const ahead = text.slice(end, Math.max(end, start + maxBlock)).indexOf('\n');
  if (ahead >= 0) return end + ahead + 1;
  if (start + maxBlock >= text.length) return text.length;
  const window = text.slice(start, end);
  const floor = Math.floor(window.length / 2); // never a tiny window
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (sentence >= floor) return start + sentence + 2;
  const space = window.search(/\s\S*$/);
  if (space >= floor) return start + space + 1;
  return end;
}

/** Fixed-size windows over the whole text (see windowEnd). */
export function windows(text: string, max = 4_000): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < text.length;) {
    const end = windowEnd(text, start, max);
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The largest extraction window: about 2 ms of warm extraction, so that a slice stays under 16 ms even
 *  when a busy machine takes the core away for part of it (16,000 characters gave 18 ms slices there). */
export const MAX_WINDOW = 8_000;

/** Next window size: aim for slices of about 8 ms, whatever the machine and the text. The first
 *  window is small because the extractor's code is still cold. */
export function nextWindowSize(size: number, lastMs: number): number {
  const next = lastMs < 4 ? size * 2 : lastMs > 12 ? size / 2 : size;
  return Math.round(Math.min(MAX_WINDOW, Math.max(500, next)));
}

export { yieldToPage } from './yield';

/** The language of the text at `offset` ('' when unknown) and where it next changes. */
export function langAt(langs: readonly LangRun[] | undefined, offset: number): { lang: string; until: number } {
  let lang = '';
  let until = Infinity;
  for (const run of langs ?? []) {
    if (run.start <= offset) lang = run.lang;
    else {
      until = run.start;
      break;
    }
  }
  return { lang, until };
}

type WindowExtract = (t: string, options?: ExtractOptions) => Mention[];

/** Runs `extract` window by window, yielding between windows; offsets are made whole-text again.
 *  A window never spans two languages (each gets its block's `lang`), and a company learned by
 *  form in one window is recognized in every other: later windows get it as they run, earlier
 *  ones that hold its name are read again at the end. Returns null when `stale()` turns true. */
export async function extractInSlices(
  text: string,
  extract: WindowExtract,
  slice: <T>(fn: () => T, step?: string) => T,
  stale: () => boolean,
  langs?: readonly LangRun[],
): Promise<Mention[] | null> {
  const learned: Company[] = [];
  const done: { s: number; e: number; lang: string; knew: number; found: Mention[] }[] = [];
  let size = 1_000;
  for (let start = 0; start < text.length;) {
    const skip = overlongBlockEnd(text, start);
    if (skip > 0) {
      start = skip;
      continue;
    }
    const s = start;
    const { lang, until } = langAt(langs, s);
    const e = Math.min(windowEnd(text, s, size), until);
    const t0 = performance.now();
    const options = { learned, ...(lang ? { lang } : {}) };
    const found = slice(() => extract(text.slice(s, e), options), 'extract');
    size = nextWindowSize(size, performance.now() - t0);
    done.push({ s, e, lang, knew: learned.length, found });
    start = e;
    if (start < text.length) {
      await yieldToPage();
      if (stale()) return null;
    }
  }
  for (const w of done) {
    if (w.knew === learned.length) continue;
    // Measured and sliced too: up to MAX_CARRIED names searched in every earlier window.
    const later = learned.slice(w.knew).flatMap((c) => c.aliases);
    const window = text.slice(w.s, w.e);
    const again = slice(() => later.some((alias) => window.includes(alias)), 'learned-check');
    await yieldToPage();
    if (stale()) return null;
    if (!again) continue;
    const options = { learned, ...(w.lang ? { lang: w.lang } : {}) };
    w.found = slice(() => extract(text.slice(w.s, w.e), options), 'extract-learned');
  }
  return done.flatMap((w) =>
    w.s === 0 ? w.found : w.found.map((m) => ({ ...m, start: m.start + w.s, end: m.end + w.s })),
  );
}

/** The figure half of a lookup: one query per money, accelerator or power mention. */
export function figureQueries(mentions: readonly Mention[], fx: FxTable | null): FigureQuery[] {
  const out: FigureQuery[] = [];
  mentions.forEach((m, index) => {
    if (m.type === 'money' && m.amount !== undefined && !m.vague) {
      const usd = toUsd(m.amount, m.currency, fx);
      if (usd === undefined) return;
      const q: FigureQuery = { index };
      if (m.period === 'one-time') q.usd = usd;
      else q.usdPerYear = annualize(usd, m.period) ?? undefined;
      const total = totalOverTerm(usd, m.period, m.termMonths);
      if (total !== null) q.usdTotal = total;
      out.push(q);
    } else if (m.type === 'gpu' && m.count && !m.vague) out.push({ index, gpuCount: m.count });
    else if (m.type === 'power' && m.watts && !m.vague) out.push({ index, watts: m.watts });
  });
  return out;
}

/** Canonical names of the companies on the page, once each. */
export function pageCompanies(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.flatMap((m) => (m.type === 'company' ? [m.canonical] : [])))];
}

/** Limits of one lookup request (the background rejects bigger ones). */
export const LOOKUP_LIMITS = { figures: 500, companies: 200 };

export interface LookupPlan {
  companies: string[];
  figures: FigureQuery[];
  /** Index sent → every page index with the same figure (tables repeat values). */
  groups: Map<number, number[]>;
}

const TYPE_RANK: Record<string, number> = { money: 0, gpu: 1, power: 2 };

/** One batched lookup for a page of any size: identical figures sent once, money first, within
 *  the request limits; companies by how often the page names them. */
export function planLookup(mentions: readonly Mention[], fx: FxTable | null, limits = LOOKUP_LIMITS): LookupPlan {
  return planLookups(mentions, fx, () => 0, limits)[0];
}

/** Every figure of the page in lookup batches within the request limits: lowest `priority`
 *  first (what the reader sees, the newest), then money before other kinds, then page order.
 *  The companies go with the first batch. Always at least one batch. */
export function planLookups(
  mentions: readonly Mention[],
  fx: FxTable | null,
  priority: (index: number) => number,
  limits = LOOKUP_LIMITS,
): LookupPlan[] {
  const groups = new Map<number, number[]>();
  const byKey = new Map<string, FigureQuery>();
  for (const q of figureQueries(mentions, fx)) {
    const { index, ...value } = q;
    const key = JSON.stringify(value);
    const first = byKey.get(key);
    if (first) groups.get(first.index)!.push(index);
    else {
      byKey.set(key, q);
      groups.set(index, [index]);
    }
  }
  const rank = new Map([...byKey.values()].map((q) => [q.index, Math.min(...groups.get(q.index)!.map(priority))]));
  const figures = [...byKey.values()].sort(
    (a, b) =>
      rank.get(a.index)! - rank.get(b.index)! ||
      TYPE_RANK[mentions[a.index].type] - TYPE_RANK[mentions[b.index].type] ||
      a.index - b.index,
  );
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'company') counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  const companies = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limits.companies)
    .map(([name]) => name);
  const plans: LookupPlan[] = [];
  for (let from = 0; from === 0 || from < figures.length; from += limits.figures) {
    const batch = figures.slice(from, from + limits.figures);
    const batchGroups = new Map(batch.map((q) => [q.index, groups.get(q.index)!]));
    plans.push({ companies: from === 0 ? companies : [], figures: batch, groups: batchGroups });
  }
  return plans;
}

/** Answers of several lookup batches as one: deals once each (their page figures joined),
 *  companies and standings together. */
export function mergeLookups(results: readonly LookupResult[]): LookupResult {
  const deals = new Map<string, LookupResult['deals'][number]>();
  for (const r of results)
    for (const d of r.deals) {
      const seen = deals.get(d.deal.id);
      if (!seen) deals.set(d.deal.id, { ...d, figureIndexes: [...d.figureIndexes] });
      else {
        seen.score = Math.max(seen.score, d.score);
        seen.figureIndexes = [...new Set([...seen.figureIndexes, ...d.figureIndexes])];
      }
    }
  return {
    ...results[0],
    deals: [...deals.values()].sort((a, b) => b.score - a.score),
    companies: Object.assign({}, ...results.map((r) => r.companies)),
    standings: results.flatMap((r) => r.standings),
  };
}

/** The lookup answer with figure indexes spread back over every page index of each group. */
export function expandLookup(result: LookupResult, plan: LookupPlan): LookupResult {
  const spread = (i: number) => plan.groups.get(i) ?? [i];
  return {
    ...result,
    deals: result.deals.map((d) => ({ ...d, figureIndexes: d.figureIndexes.flatMap(spread) })),
    standings: result.standings.flatMap((s) => spread(s.index).map((index) => ({ ...s, index }))),
  };
}

/** The lookup answer after the index dropped mentions (PageIndex.prune): indexes follow
 *  `remap` (old → new, -1 dropped); figures that left the page lose their links and standings. */
export function remapLookup(result: LookupResult, remap: readonly number[]): LookupResult {
  const to = (i: number) => remap[i] ?? -1;
  return {
    ...result,
    deals: result.deals.map((d) => ({ ...d, figureIndexes: d.figureIndexes.map(to).filter((i) => i >= 0) })),
    standings: result.standings.flatMap((s) => (to(s.index) >= 0 ? [{ ...s, index: to(s.index) }] : [])),
  };
}
