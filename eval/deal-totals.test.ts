// The TypeScript deal scorer against score_deals.py: the figures below are what the reference
// scorer printed (--json) for this fixture of invented deals, pinned once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreDeals } from './deal-totals';
import type { ScoredDeal } from './score-deals';

const rows = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; deals: ScoredDeal[] });

describe('scoreDeals', () => {
  it('prints the figures score_deals.py gives on the same fixture', () => {
    const preds = new Map(rows('./fixtures/deals-mini-preds.jsonl').map((r) => [r.id, r.deals]));
    const s = scoreDeals(rows('./fixtures/deals-mini.jsonl'), preds);
    expect(s).toMatchObject({ gold: 4, pred: 5, matched: 4, precision: 0.8, recall: 1, f1: 0.889 });
    expect(s).toMatchObject({ rolesAcc: 0.75, kindFamilyAcc: 1, kindExactAcc: 0.75, moneyAcc: 0.75, statusAcc: 0.75 });
    expect(s).toMatchObject({ gpusAcc: 1, powerAcc: 1, strictMatched: 2, strictPrecision: 0.4, strictRecall: 0.5 });
    expect(s.strictF1).toBe(0.444);
  });
});
