// Scoring against the labeled corpus (docs/LABELING.md): a prediction hits a label of the
// same type whose span overlaps it; the hit's value is right when currency, amount (±0.5%), period,
// count, model, watts or canonical agree. Labels with role "source" or vague: true are optional:
// predictions on them count neither way. Strict: a hit counts only when its value is right.
import type { Mention, MentionType } from '../lib/extract/types';
import { FIGURE_KINDS } from '../lib/figures/kinds';

export interface Label {
  type: MentionType;
  text: string;
  occurrence?: number;
  role?: string;
  vague?: boolean;
  canonical?: string;
  currency?: string;
  amount?: number;
  period?: string;
  count?: number;
  model?: string | null;
  watts?: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  valueOk: number;
  strictTp: number;
}
/** The kinds scored: every kind in the registry, so a new kind is scored without an edit here. */
export const TYPES: MentionType[] = FIGURE_KINDS.map((k) => k.type);

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, valueOk: 0, strictTp: 0 };
}

/** Start offset of a label: its `occurrence`-th raw substring match (1-based). */
export function locate(text: string, label: Label): number {
  let at = -1;
  for (let k = 0; k < (label.occurrence ?? 1); k++) {
    at = text.indexOf(label.text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.abs(b);
}

function valueMatches(p: Mention, g: Label): boolean {
  switch (p.type) {
    case 'company':
      return p.canonical === g.canonical;
    case 'money':
      return p.currency === g.currency && close(p.amount, g.amount) && p.period === g.period;
    case 'gpu':
      return close(p.count, g.count) && (p.model ?? null)?.toLowerCase() === (g.model ?? null)?.toLowerCase();
    case 'power':
      return close(p.watts, g.watts);
  }
}

interface CaseResult {
  byType: Record<MentionType, Counts>;
  misses: string[];
}

/** Score one passage: greedy one-to-one matching in text order. */
export function scoreCase(text: string, labels: Label[], predicted: Mention[]): CaseResult {
  const byType = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()])) as Record<MentionType, Counts>;
  const misses: string[] = [];
  const used = new Set<number>();
  const gold = labels.map((g) => ({ g, start: locate(text, g), optional: g.role === 'source' || g.vague === true }));
  // Required labels first, so an optional label never steals a prediction a required one needs.
  const order = [...gold].sort((a, b) => Number(a.optional) - Number(b.optional));
  for (const { g, start, optional } of order) {
    const end = start + g.text.length;
    let hit = -1;
    for (let k = 0; k < predicted.length; k++) {
      const p = predicted[k];
      if (used.has(k) || p.type !== g.type || start < 0 || !(p.start < end && start < p.end)) continue;
      if (hit < 0 || (valueMatches(p, g) && !valueMatches(predicted[hit], g))) hit = k;
    }
    const c = byType[g.type];
    if (hit < 0) {
      if (!optional) {
        c.fn++;
        misses.push(`miss ${g.type} "${g.text}"`);
      }
      continue;
    }
    used.add(hit);
    if (optional) continue;
    c.tp++;
    if (valueMatches(predicted[hit], g)) {
      c.valueOk++;
      c.strictTp++;
    } else misses.push(`value ${g.type} "${g.text}": ${JSON.stringify(predicted[hit])}`);
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    byType[p.type].fp++;
    misses.push(`extra ${p.type} "${p.text}"`);
  });
  return { byType, misses };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    valueOk: a.valueOk + b.valueOk,
    strictTp: a.strictTp + b.strictTp,
  };
}

interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  strictF1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function metrics(c: Counts): Metrics {
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  const precision = predicted ? c.tp / predicted : gold ? 0 : 1;
  const recall = gold ? c.tp / gold : 1;
  const sp = predicted ? c.strictTp / predicted : gold ? 0 : 1;
  const sr = gold ? c.strictTp / gold : 1;
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    valueAccuracy: c.tp ? c.valueOk / c.tp : 1,
    strictF1: f1(sp, sr),
  };
}
