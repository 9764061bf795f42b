// Currency conversion with a dated FX table (the feed's `reference.fx`; the bundled reference
// table until a feed supplies its own). Pure.
import type { FxTable } from '../feed/types';
import { FX_REFERENCE } from '../feed/fx-reference';

export const DEFAULT_FX: FxTable = FX_REFERENCE;

/** Amount in USD, or undefined when the table has no rate for the currency. */
export function toUsd(amount: number, currency: string, fx: FxTable = DEFAULT_FX): number | undefined {
  if (currency === 'USD') return amount;
  const rate = fx.usdPer[currency];
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return undefined;
  const usd = amount * rate;
  return Number.isFinite(usd) ? usd : undefined;
}
