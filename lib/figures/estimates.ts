// Derived estimates shown in the tooltip. Pure: numbers and reference data in, numbers out.
// Every function here produces an ESTIMATE; the UI labels it so and shows `assumptions`.
import type { Accelerator, PriceRange } from '../feed/types';
import { annualize, type Period } from './period';

/** Hours in a year at full use: the tooltip names it in the implied price's assumptions. */
export const HOURS_PER_YEAR = 8760;
const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
/** Facility power per watt of accelerator board power: cooling, networking, CPUs, losses (a PUE-like
 *  factor). 1.3 is a typical modern AI data center; the UI states it next to every power estimate. */
export const DEFAULT_OVERHEAD = 1.3;

/** The yearly value of a money figure when it can be known: a rate annualized, or a total spread
 *  over its stated term. A one-off amount without a term has no yearly value. */
export function annualValue(amount: number, period: Period, termMonths?: number): number | null {
  const yearly = annualize(amount, period);
  if (yearly !== null) return yearly;
  if (termMonths && termMonths > 0) return amount / (termMonths / 12);
  return null;
}

/** Implied price per accelerator-hour: yearly value / (count × 8760 h). */
export function impliedPricePerGpuHour(yearlyUsd: number, gpuCount: number): number | null {
  if (!(yearlyUsd > 0) || !(gpuCount > 0)) return null;
  return yearlyUsd / (gpuCount * HOURS_PER_YEAR);
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The reference accelerator a page's model name refers to ("H100" → "H100 SXM 80GB",
 *  "Blackwell" → the Blackwell part), or null when the reference data has no such model. */
export function findAccelerator(accelerators: readonly Accelerator[], model: string | null): Accelerator | null {
  if (!model) return null;
  const wanted = squash(model);
  if (!wanted) return null;
  const byModel = accelerators.find((a) => {
    const tokens = a.model
      .split(/[\s(),]+/)
      .map(squash)
      .filter(Boolean);
    return tokens.includes(wanted) || squash(a.model) === wanted;
  });
  if (byModel) return byModel;
  return accelerators.find((a) => a.architecture !== null && squash(a.architecture) === wanted) ?? null;
}

interface AcceleratorChoice {
  accelerator: Accelerator;
  /** True when the page named no model (or one the reference lacks) and we assumed this one. */
  assumed: boolean;
}

/** The accelerator to base estimates on: the named one, else the first H100 in the reference (the
 *  most widely deployed part), else the first entry. */
export function chooseAccelerator(
  accelerators: readonly Accelerator[],
  model: string | null,
): AcceleratorChoice | null {
  const named = findAccelerator(accelerators, model);
  if (named) return { accelerator: named, assumed: false };
  const fallback = findAccelerator(accelerators, 'H100') ?? accelerators[0];
  return fallback ? { accelerator: fallback, assumed: true } : null;
}

interface PowerEstimate {
  boardWatts: number;
  facilityWatts: number;
  overhead: number;
}

/** Board power of `count` accelerators and the facility power once overhead is added. */
export function powerForAccelerators(
  count: number,
  boardPowerWatts: number,
  overhead = DEFAULT_OVERHEAD,
): PowerEstimate {
  const boardWatts = count * boardPowerWatts;
  return { boardWatts, facilityWatts: boardWatts * overhead, overhead };
}

/** How many accelerators a facility of `facilityWatts` can run (inverse of powerForAccelerators). */
export function acceleratorsForPower(
  facilityWatts: number,
  boardPowerWatts: number,
  overhead = DEFAULT_OVERHEAD,
): number {
  if (!(facilityWatts > 0) || !(boardPowerWatts > 0) || !(overhead > 0)) return 0;
  return Math.floor(facilityWatts / (boardPowerWatts * overhead));
}

/** Purchase cost of `count` units at the reference unit-price range. */
export function purchaseCost(count: number, unitPrice: PriceRange | null): PriceRange | null {
  if (!unitPrice || !(count > 0)) return null;
  return { low: count * unitPrice.low, high: count * unitPrice.high };
}

/** The market range of cloud prices per accelerator-hour across all tiers of the reference data. */
export function marketHourlyRange(accelerator: Accelerator): PriceRange | null {
  const rows = accelerator.cloudPricePerGpuHour;
  if (!rows.length) return null;
  return { low: Math.min(...rows.map((r) => r.low)), high: Math.max(...rows.map((r) => r.high)) };
}

/** What renting `count` accelerators for a month costs at the market range. */
export function rentalValuePerMonth(count: number, hourly: PriceRange | null): PriceRange | null {
  if (!hourly || !(count > 0)) return null;
  return { low: count * hourly.low * HOURS_PER_MONTH, high: count * hourly.high * HOURS_PER_MONTH };
}

/** Energy drawn in a year at constant full load, in watt-hours. */
export function yearlyEnergyWh(watts: number): number {
  return watts > 0 ? watts * HOURS_PER_YEAR : 0;
}

/** Where an implied hourly price sits against the market range. */
export function compareToMarket(price: number, market: PriceRange): 'below' | 'within' | 'above' {
  if (price < market.low) return 'below';
  if (price > market.high) return 'above';
  return 'within';
}
