// Totals over a corpus of deal passages, rounded as score_deals.py rounds them (3 decimals).
import { closeEnough, field, gpusOk, pairDeals, type ScoredDeal } from './score-deals';

interface DealScore {
  gold: number;
  pred: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  rolesAcc: number;
  kindFamilyAcc: number;
  kindExactAcc: number;
  moneyAcc: number;
  statusAcc: number;
  gpusAcc: number | null;
  powerAcc: number | null;
  strictMatched: number;
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function prf(tp: number, nPred: number, nGold: number): [number, number, number] {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return [round3(p), round3(r), round3(p + r ? (2 * p * r) / (p + r) : 0)];
}

export function scoreDeals(cases: { id: string; deals: ScoredDeal[] }[], preds: Map<string, ScoredDeal[]>): DealScore {
  let nGold = 0;
  let nPred = 0;
  let tp = 0;
  let strict = 0;
  const acc = { roles: 0, kind: 0, kindExact: 0, money: 0, status: 0 };
  const extra = { gpusN: 0, gpusOk: 0, powerN: 0, powerOk: 0 };
  for (const c of cases) {
    const gold = c.deals;
    const pred = (preds.get(c.id) ?? []).filter((d) => d && typeof d === 'object');
    nGold += gold.length;
    nPred += pred.length;
    for (const { gi, pi, c: cmp } of pairDeals(gold, pred)) {
      tp++;
      for (const k of Object.keys(acc) as (keyof typeof acc)[]) acc[k] += +cmp[k];
      if (cmp.roles && cmp.kind && cmp.money) strict++;
      if (gold[gi].gpus) {
        extra.gpusN++;
        extra.gpusOk += +gpusOk(gold[gi], pred[pi]);
      }
      const watts = field(gold[gi], 'power_watts', 'powerWatts');
      if (watts !== null && watts !== undefined) {
        extra.powerN++;
        extra.powerOk += +closeEnough(field(pred[pi], 'powerWatts', 'power_watts'), watts);
      }
    }
  }
  const [precision, recall, f1] = prf(tp, nPred, nGold);
  const [strictPrecision, strictRecall, strictF1] = prf(strict, nPred, nGold);
  const rate = (n: number) => (tp ? round3(n / tp) : 0);
  return {
    gold: nGold,
    pred: nPred,
    matched: tp,
    precision,
    recall,
    f1,
    rolesAcc: rate(acc.roles),
    kindFamilyAcc: rate(acc.kind),
    kindExactAcc: rate(acc.kindExact),
    moneyAcc: rate(acc.money),
    statusAcc: rate(acc.status),
    gpusAcc: extra.gpusN ? round3(extra.gpusOk / extra.gpusN) : null,
    powerAcc: extra.powerN ? round3(extra.powerOk / extra.powerN) : null,
    strictMatched: strict,
    strictPrecision,
    strictRecall,
    strictF1,
  };
}

export function formatDealScore(s: DealScore): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `deals: gold ${s.gold}, predicted ${s.pred}, matched ${s.matched}`,
    `deal    P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}`,
    `matched: roles ${f(s.rolesAcc)}  kind family ${f(s.kindFamilyAcc)} (exact ${f(s.kindExactAcc)})  ` +
      `money ${f(s.moneyAcc)}  status ${f(s.statusAcc)}` +
      (s.gpusAcc !== null ? `  gpus ${f(s.gpusAcc)}` : '') +
      (s.powerAcc !== null ? `  power ${f(s.powerAcc)}` : ''),
    `strict  P ${f(s.strictPrecision)}  R ${f(s.strictRecall)}  F1 ${f(s.strictF1)}   (a match must also ` +
      `have roles, kind family and money right)`,
    'kind family: compute-lease and cloud-contract are scored as the same family',
  ].join('\n');
}
