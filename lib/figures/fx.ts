// Currency conversion with a dated FX table (the feed's `reference.fx`; the bundled reference
// table until a feed supplies its own). Pure. Every conversion in the project goes through here.
import type { FxTable } from '../feed/types';
import { FX_REFERENCE } from '../feed/fx-reference';

const DEFAULT_FX: FxTable = FX_REFERENCE;

/** USD per one unit of `currency`: 1 for USD, the table's rate, or null when the table has no
 *  usable rate (or there is no table). */
export function usdRate(currency: string, fx: FxTable | null | undefined): number | null {
  if (currency === 'USD') return 1;
  const rate = fx?.usdPer[currency];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** Amount in USD, or undefined when the table has no rate for the currency. `null` means no
 *  table at all (only USD converts); leaving it out uses the bundled reference table. */
export function toUsd(amount: number, currency: string, fx: FxTable | null = DEFAULT_FX): number | undefined {
  const rate = usdRate(currency, fx);
  if (rate === null) return undefined;
  const usd = amount * rate;
  return Number.isFinite(usd) ? usd : undefined;
}

/** `amount` of `from` in `to`, through USD; null when either rate is missing. */
export function convert(amount: number, from: string, to: string, fx: FxTable | null): number | null {
  if (from === to) return amount;
  const fromRate = usdRate(from, fx);
  const toRate = usdRate(to, fx);
  if (fromRate === null || toRate === null) return null;
  return (amount * fromRate) / toRate;
}
