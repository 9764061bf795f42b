// Derived USD figures for a deal, stored beside it so ranking and matching need no FX math at
// query time. Pure. A currency missing from the FX table yields nulls (unknown, not zero).
import type { Deal, FxTable } from '../feed/types';
import { usdRate } from '../figures/fx';

export interface DealNumbers {
  /** Annualized rate in USD (period month/quarter/year); null for one-off values. */
  annualUsd: number | null;
  /** One-off headline amount in USD; null for rates. */
  oneOffUsd: number | null;
  /** Total contract/programme value in USD: stated total, or rate × term. */
  totalUsd: number | null;
  /** What the deal adds to a company's "disclosed" sum: a one-off amount, a rate over its term
   *  (or one year when no term is stated), or a stated total when there is no headline. */
  disclosedUsd: number | null;
}

const PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

export function dealNumbers(deal: Deal, fx: FxTable | null | undefined): DealNumbers {
  const value = deal.value;
  const rate = value ? usdRate(value.currency, fx) : null;
  if (!value || rate === null) return { annualUsd: null, oneOffUsd: null, totalUsd: null, disclosedUsd: null };
  const amount = value.amount === null ? null : value.amount * rate;
  const stated = value.total === null ? null : value.total * rate;
  const annualUsd = amount !== null && value.period ? amount * PER_YEAR[value.period] : null;
  const oneOffUsd = amount !== null && !value.period ? amount : null;
  const overTerm = annualUsd !== null && value.termMonths ? (annualUsd * value.termMonths) / 12 : null;
  const totalUsd = stated ?? overTerm;
  const disclosedUsd = oneOffUsd ?? overTerm ?? annualUsd ?? stated;
  return { annualUsd, oneOffUsd, totalUsd, disclosedUsd };
}
