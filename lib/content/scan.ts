// Scanning helpers: extraction in slices that yield to the page, and the lookup query a scan
// sends. Slicing is pure (windows()) and tested; the rest is thin.
import type { Mention } from '../extract/types';
import type { FxTable } from '../feed/types';
import type { FigureQuery } from '../messages';
import { annualize, totalOverTerm } from '../figures/period';

/** Text windows of at most `max` characters, cut only at "\n" (sentences never cross a block
 *  boundary, so no mention is cut). A single block longer than `max` stays whole. */
export function windows(text: string, max = 16_000): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      end = cut > start ? cut + 1 : (text.indexOf('\n', end) + 1 || text.length);
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Lets the page run: scheduler.yield() where it exists (keeps our place in line), else a task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `extract` window by window, yielding between windows; offsets are made whole-text again.
 *  Returns null when `stale()` turns true (a newer scan started). */
export async function extractInSlices(
  text: string, extract: (t: string) => Mention[], slice: <T>(fn: () => T) => T, stale: () => boolean,
): Promise<Mention[] | null> {
  const all: Mention[] = [];
  const parts = windows(text);
  for (let w = 0; w < parts.length; w++) {
    const [s, e] = parts[w];
    const found = slice(() => extract(text.slice(s, e)));
    for (const m of found) all.push(s === 0 ? m : { ...m, start: m.start + s, end: m.end + s });
    if (w < parts.length - 1) {
      await yieldToPage();
      if (stale()) return null;
    }
  }
  return all;
}

/** The figure half of a lookup: one query per money, accelerator or power mention. */
export function figureQueries(mentions: readonly Mention[], fx: FxTable | null): FigureQuery[] {
  const out: FigureQuery[] = [];
  mentions.forEach((m, index) => {
    if (m.type === 'money' && m.amount !== undefined && !m.vague) {
      const rate = m.currency === 'USD' ? 1 : fx?.usdPer[m.currency];
      const usd = m.usd ?? (rate ? m.amount * rate : undefined);
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
