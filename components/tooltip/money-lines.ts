// The labeled lines of a money figure: the amount in the reader's currency, the same money per year
// and per month (both ways, each an estimate with what it assumes), the term's total, its standing
// among the reader's deals and, when accelerators come with it, the implied price per GPU-hour
// against the market range of that same accelerator. Pure; numbers through lib/figures only.
import type { MoneyMention } from '../../lib/extract/types';
import type { FigureStanding } from '../../lib/deals/replies';
import { modelKeys } from '../../lib/feed/models';
import { annualize, totalOverTerm } from '../../lib/figures/period';
import { formatCount, formatList, formatMoneyRange, ordinal } from '../../lib/figures/format';
import {
  HOURS_PER_YEAR,
  annualValue,
  compareToMarket,
  findAccelerator,
  impliedPricePerGpuHour,
  marketHourlyRange,
} from '../../lib/figures/estimates';
import { toUsd, usdRate } from '../../lib/figures/fx';
import { plural, t, type PluralKey } from '../../lib/i18n';
import type { Line, TooltipInput } from './input';
import { showHourly, showUsd, showUsdRange } from './view';
import { rateWords, termWords } from '../../lib/figures/words';

/** The accelerators a money figure pays for: their count and the models named for them (one model,
 *  several for a mixed fleet, none when the page names none). */
interface FleetOf {
  count: number;
  models: string[];
  /** True when the count comes from the matched deal rather than the page's reading. */
  fromDeal: boolean;
}

/** The short models a name stands for ("GB200/GB300" → GB200, GB300), the name itself when it holds none. */
export const fleetModels = (name: string | null | undefined): string[] =>
  name ? (modelKeys(name).length ? modelKeys(name) : [name]) : [];

type Show = (low: number, high?: number | null) => string;

export function moneyLines(m: MoneyMention, input: TooltipInput, fleet: FleetOf | null): Line[] {
  const fx = input.lookup?.reference.fx ?? input.fx;
  const show: Show = (low, high) =>
    high ? showUsdRange({ low, high }, input.display, fx) : showUsd(low, input.display, fx);
  if (m.vague || m.amount === undefined)
    return [{ label: t('tipAmount'), value: t('tipNotStated'), note: t('tipVagueAmount') }];
  const lines: Line[] = [];
  // The heading shows the figure as written; repeat it only when normalizing adds something.
  if (m.amountHigh !== undefined || m.currency !== input.display.currency) {
    const written = formatMoneyRange(m.amount, m.amountHigh, m.currency, { style: input.display.numbers });
    lines.push({ label: t('tipAmount'), value: rateWords(written, m.period) });
  }
  // Converted here, once, with the table whose date the line shows.
  const usd = toUsd(m.amount, m.currency, fx) ?? null;
  const usdHigh = m.amountHigh !== undefined ? (toUsd(m.amountHigh, m.currency, fx) ?? null) : null;
  if (usd === null) {
    lines.push({ label: t('tipInCurrency', 'USD'), value: t('tipUnknown'), note: t('tipNoRate', m.currency) });
    return lines;
  }
  if (m.currency !== input.display.currency) {
    lines.push({
      label: t('tipInCurrency', usdRate(input.display.currency, fx) ? input.display.currency : 'USD'),
      value: rateWords(show(usd, usdHigh), m.period),
      note: fx ? t('tipFxOf', fx.date) : undefined,
    });
  }
  lines.push(...periodLines(m, usd, usdHigh, show));
  const total = m.termMonths ? totalOverTerm(usd, m.period, m.termMonths) : null;
  if (total !== null && m.period !== 'one-time') {
    const high = usdHigh === null ? null : totalOverTerm(usdHigh, m.period, m.termMonths);
    lines.push({ label: t('tipTotalOver', termWords(m.termMonths!)), value: show(total, high) });
  }
  const standing = input.lookup?.standings.find((s) => s.index === input.index);
  if (standing) lines.push({ label: t('tipStanding'), value: standingWords(standing) });
  if (fleet) lines.push(...impliedHourly(usd, m, fleet, input));
  return lines;
}

/** The same money per year and per month: a rate the other way round, a one-time sum with a term
 *  spread over it. Each is an estimate, labeled the same way, since money rarely comes evenly. */
function periodLines(m: MoneyMention, usd: number, usdHigh: number | null, show: Show): Line[] {
  const lines: Line[] = [];
  const asWritten = rateWords(show(usd, usdHigh), m.period);
  const yearly = annualize(usd, m.period);
  const yearlyHigh = usdHigh === null ? null : annualize(usdHigh, m.period);
  if (yearly !== null && m.period !== 'year')
    lines.push({
      label: t('tipPerYear'),
      value: show(yearly, yearlyHigh),
      assumptions: [t('tipFromMonthly', asWritten)],
    });
  if (yearly !== null && m.period !== 'month')
    lines.push({
      label: t('tipPerMonth'),
      value: show(yearly / 12, yearlyHigh === null ? null : yearlyHigh / 12),
      assumptions: [t('tipFromYearly', asWritten)],
    });
  if (m.period === 'one-time' && m.termMonths) {
    const years = m.termMonths / 12;
    lines.push({
      label: t('tipPerYear'),
      value: show(usd / years, usdHigh === null ? null : usdHigh / years),
      note: t('tipSpreadNote', termWords(m.termMonths)),
      assumptions: [t('tipSpread', show(usd, usdHigh), termWords(m.termMonths))],
    });
  }
  return lines;
}

const STANDING_KEY: Record<FigureStanding['basis'], [PluralKey, PluralKey]> = {
  annual: ['tipStandingAnnual', 'tipStandingAnnualNew'],
  oneOff: ['tipStandingOneOff', 'tipStandingOneOffNew'],
  total: ['tipStandingTotal', 'tipStandingTotalNew'],
};

/** "the 6th largest of the 7 yearly deals you have"; a figure none of them is: "the 7th largest if
 *  added to the 6 yearly deals you have". */
function standingWords(s: FigureStanding): string {
  const [listed, added] = STANDING_KEY[s.basis];
  return s.listed ? plural(listed, s.of, ordinal(s.rank)) : plural(added, s.of - 1, ordinal(s.rank));
}

function impliedHourly(usd: number, m: MoneyMention, fleet: FleetOf, input: TooltipInput): Line[] {
  const yearly = annualValue(usd, m.period, m.termMonths);
  const price = yearly === null ? null : impliedPricePerGpuHour(yearly, fleet.count);
  if (price === null || yearly === null) return [];
  const fx = input.lookup?.reference.fx ?? input.fx;
  const hourly = (n: number) => showHourly(n, input.display, fx);
  const assumptions = [
    t('tipImpliedHow', showUsd(yearly, input.display, fx), formatCount(fleet.count), formatCount(HOURS_PER_YEAR)),
    t(fleet.fromDeal ? 'tipCountFromDeal' : 'tipCountFromReading'),
    t('tipWholeAmount'),
  ];
  // Only the market of the accelerator the money pays for says anything about this price.
  let note: string;
  const [model] = fleet.models;
  const accelerator =
    fleet.models.length === 1 ? findAccelerator(input.lookup?.reference.accelerators ?? [], model) : null;
  const market = accelerator ? marketHourlyRange(accelerator) : null;
  if (fleet.models.length > 1) note = t('tipMixedFleet', formatList(fleet.models, 'and'));
  else if (!model) note = t('tipNoMarketUnnamed');
  else if (!market || !accelerator) note = t('tipNoMarketFor', model);
  else {
    const key = { above: 'tipMarketAbove', within: 'tipMarketWithin', below: 'tipMarketBelow' } as const;
    note = t(key[compareToMarket(price, market)], `${hourly(market.low)}–${hourly(market.high)}`, model);
    assumptions.push(t('tipMarketTiers', formatCount(accelerator.cloudPricePerGpuHour.length)));
  }
  return [{ label: t('tipImpliedPrice'), value: t('tipPerGpuHour', hourly(price)), note, assumptions }];
}
