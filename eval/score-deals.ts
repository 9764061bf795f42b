// Deal scoring as docs/LABELING.md "Scoring" describes (the same figures as score_deals.py):
// gold and predicted deals pair up one to one on equal principal-party sets, best agreement first;
// among pairs, roles / kind family / money / status accuracy; strict F1 needs roles, kind and money.

export interface ScoredDeal {
  kind?: string;
  parties?: { name?: string; role?: string }[];
  money?: Record<string, unknown> | null;
  gpus?: Record<string, unknown> | null;
  status?: string;
  [field: string]: unknown;
}

const FAMILY: Record<string, string> = { 'compute-lease': 'compute', 'cloud-contract': 'compute' };
const PERIODS: Record<string, string> = {
  '': 'one-time',
  once: 'one-time',
  one_time: 'one-time',
  onetime: 'one-time',
  total: 'one-time',
  monthly: 'month',
  'per-month': 'month',
  quarterly: 'quarter',
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  'per-year': 'year',
};

const family = (k: unknown) =>
  FAMILY[
    String(k ?? '')
      .trim()
      .toLowerCase()
  ] ??
  String(k ?? '')
    .trim()
    .toLowerCase();
const normName = (n: unknown) =>
  String(n ?? '')
    .trim()
    .split(/\s+/)
    .join(' ')
    .toLowerCase();
const get = (d: unknown, ...keys: string[]) => {
  for (const k of keys) if (d && typeof d === 'object' && k in d) return (d as Record<string, unknown>)[k];
  return undefined;
};
const period = (p: unknown) => {
  const s = typeof p === 'string' ? p.trim().toLowerCase() : '';
  return p === null || p === undefined ? 'one-time' : (PERIODS[s] ?? s);
};

function close(a: unknown, b: unknown, tol = 0.005): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return false;
  return y === 0 ? x === y : Math.abs(x - y) / Math.abs(y) <= tol;
}

function principal(d: ScoredDeal): string {
  const parties = d.parties ?? [];
  const core = parties.filter((p) => String(p.role ?? '').toLowerCase() !== 'partner');
  return [...new Set((core.length ? core : parties).map((p) => normName(p.name)))].sort().join('\u0000');
}

function roleMap(d: ScoredDeal): string {
  const m = new Map<string, string>();
  for (const p of d.parties ?? []) {
    const role = String(p.role ?? '').toLowerCase();
    if (role !== 'partner') m.set(normName(p.name), role);
  }
  return [...m.entries()].sort().join('|');
}

function moneyOk(g: ScoredDeal, p: ScoredDeal): boolean {
  const gm = g.money;
  const pm = p.money;
  if (!gm) return !pm || get(pm, 'amount') === undefined || get(pm, 'amount') === null;
  if (!pm || typeof pm !== 'object') return false;
  if (String(get(pm, 'currency') ?? '').toUpperCase() !== gm.currency) return false;
  if (!close(get(pm, 'amount'), gm.amount)) return false;
  const high = get(gm, 'amount_high', 'amountHigh');
  if (high !== null && high !== undefined && !close(get(pm, 'amountHigh', 'amount_high'), high)) return false;
  return period(get(pm, 'period')) === period(gm.period);
}

function gpusOk(g: ScoredDeal, p: ScoredDeal): boolean {
  const gg = g.gpus as Record<string, unknown>;
  const pg = p.gpus;
  if (!pg || typeof pg !== 'object' || !close(get(pg, 'count'), gg.count, 1e-9)) return false;
  const n = (x: unknown) =>
    String(x ?? '')
      .toUpperCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
  return gg.model ? n(get(pg, 'model')) === n(gg.model) : true;
}

interface Comparison {
  roles: boolean;
  kind: boolean;
  kindExact: boolean;
  money: boolean;
  status: boolean;
}

function compare(g: ScoredDeal, p: ScoredDeal): Comparison {
  return {
    roles: roleMap(g) === roleMap(p),
    kind: family(g.kind) === family(p.kind),
    kindExact:
      String(g.kind) ===
      String(p.kind ?? '')
        .trim()
        .toLowerCase(),
    money: moneyOk(g, p),
    status:
      g.status ===
      String(p.status ?? '')
        .trim()
        .toLowerCase(),
  };
}

/** Greedy one-to-one pairing of deals with equal principal-party sets, best agreement first. */
export function pairDeals(gold: ScoredDeal[], pred: ScoredDeal[]): { gi: number; pi: number; c: Comparison }[] {
  const pairs: { w: number; gi: number; pi: number; c: Comparison }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (principal(g) !== principal(p)) return;
      const c = compare(g, p);
      const w = +c.kind * 4 + +c.roles * 3 + +c.money * 2 + +c.status + +c.kindExact * 0.5;
      pairs.push({ w: -w, gi, pi, c });
    }),
  );
  pairs.sort((a, b) => a.w - b.w || a.gi - b.gi || a.pi - b.pi);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: { gi: number; pi: number; c: Comparison }[] = [];
  for (const { gi, pi, c } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push({ gi, pi, c });
  }
  return out;
}

export { gpusOk, close as closeEnough, get as field };
