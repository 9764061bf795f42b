// The labeled lines for each mention type. Pure; numbers go through lib/figures only.
import type { CompanyMention, GpuMention, MoneyMention, PowerMention } from '../../lib/extract/types';
import type { Accelerator, Deal } from '../../lib/feed/types';
import { modelKeys } from '../../lib/feed/models';
import { companySummary } from '../../lib/deals/lookup-result';
import { annualize, totalOverTerm } from '../../lib/figures/period';
import { formatCount, formatMoneyRange, formatWattHours, formatWatts, ordinal } from '../../lib/figures/format';
import {
  DEFAULT_OVERHEAD,
  acceleratorsForPower,
  annualValue,
  chooseAccelerator,
  compareToMarket,
  impliedPricePerGpuHour,
  marketHourlyRange,
  powerForAccelerators,
  purchaseCost,
  rentalValuePerMonth,
  yearlyEnergyWh,
} from '../../lib/figures/estimates';
import type { Line, TooltipInput } from './input';
import { KIND_LABEL, PERIOD_WORD, showHourly, showUsd, showUsdRange, termWords } from './view';
import { toUsd, usdRate } from '../../lib/figures/fx';

const OVERHEAD_NOTE = `Facility power = board power × ${DEFAULT_OVERHEAD} for cooling, networking and host servers (a PUE of about ${DEFAULT_OVERHEAD}).`;

export const shortName = (a: Accelerator) => modelKeys(a.model)[0] ?? a.model;

function accelNote(a: Accelerator, assumed: boolean, named: string | null): string {
  const what = `${a.model}: ${formatWatts(a.boardPowerWatts)} board power each`;
  return assumed ? `${named ? `No reference data for "${named}"; ` : 'Model not named; '}assumed ${what}.` : `${what}.`;
}

export function moneyLines(
  m: MoneyMention,
  input: TooltipInput,
  gpu: { count: number; model: string | null; fromDeal: boolean } | null,
): Line[] {
  const fx = input.lookup?.reference.fx ?? input.fx;
  const show = (usd: number) => showUsd(usd, input.display, fx);
  if (m.vague || m.amount === undefined)
    return [{ label: 'Amount', value: 'not stated', note: 'a vague figure: no number to normalize' }];
  const lines: Line[] = [];
  const per = m.period === 'one-time' ? '' : ` ${PERIOD_WORD[m.period]}`;
  // The heading shows the figure as written; repeat it only when normalizing adds something.
  if (m.amountHigh !== undefined || m.currency !== input.display.currency) {
    lines.push({
      label: 'Amount',
      value: formatMoneyRange(m.amount, m.amountHigh, m.currency, { style: input.display.numbers }) + per,
    });
  }
  // Converted here, once, with the table whose date the line shows.
  const usd = toUsd(m.amount, m.currency, fx) ?? null;
  const usdHigh = m.amountHigh !== undefined ? (toUsd(m.amountHigh, m.currency, fx) ?? null) : null;
  if (usd === null) {
    lines.push({ label: 'In USD', value: 'unknown', note: `no ${m.currency} rate in the FX table` });
    return lines;
  }
  const converted = m.currency !== input.display.currency;
  if (converted) {
    const value = usdHigh ? `${show(usd)}–${show(usdHigh)}` : show(usd);
    lines.push({
      label: `In ${usdRate(input.display.currency, fx) ? input.display.currency : 'USD'}`,
      value: value + per,
      note: fx ? `FX of ${fx.date}` : undefined,
    });
  }
  const yearly = annualize(usd, m.period);
  if (yearly !== null && m.period !== 'year') lines.push({ label: 'Per year', value: show(yearly) });
  if (m.period === 'one-time' && m.termMonths) {
    lines.push({
      label: 'Per year',
      value: show(usd / (m.termMonths / 12)),
      note: `spread evenly over ${termWords(m.termMonths)}`,
    });
  }
  const total = m.termMonths ? totalOverTerm(usd, m.period, m.termMonths) : null;
  if (total !== null && m.period !== 'one-time')
    lines.push({ label: `Total over ${termWords(m.termMonths!)}`, value: show(total) });
  const standing = input.lookup?.standings.find((s) => s.index === input.index);
  if (standing)
    lines.push({
      label: 'Standing',
      value: `${ordinal(standing.rank)} largest`,
      note: `of ${formatCount(standing.of)} ${standing.among} in the cache`,
    });
  if (gpu) lines.push(...impliedHourly(usd, m, gpu, input));
  return lines;
}

function impliedHourly(
  usd: number,
  m: MoneyMention,
  gpu: { count: number; model: string | null; fromDeal: boolean },
  input: TooltipInput,
): Line[] {
  const yearly = annualValue(usd, m.period, m.termMonths);
  const price = yearly === null ? null : impliedPricePerGpuHour(yearly, gpu.count);
  if (price === null || yearly === null) return [];
  const fx = input.lookup?.reference.fx ?? input.fx;
  const choice = chooseAccelerator(input.lookup?.reference.accelerators ?? [], gpu.model);
  const market = choice ? marketHourlyRange(choice.accelerator) : null;
  const assumptions = [
    `Yearly value ${showUsd(yearly, input.display, fx)} ÷ (${formatCount(gpu.count)} accelerators × 8,760 h).`,
    gpu.fromDeal
      ? 'Accelerator count from the matched deal.'
      : 'Accelerator count from the deal this figure belongs to.',
    'Assumes the whole amount pays for these accelerators, running all year.',
  ];
  let note: string | undefined;
  if (market && choice) {
    const where = compareToMarket(price, market);
    note = `market ${showHourly(market.low, input.display, fx)}–${showHourly(market.high, input.display, fx)} for ${shortName(choice.accelerator)}${where === 'within' ? '' : ` (${where})`}`;
    assumptions.push(
      `Market range: ${choice.accelerator.cloudPricePerGpuHour.length} cloud price tiers from the reference data${choice.assumed ? `; ${choice.accelerator.model} assumed` : ''}.`,
    );
  }
  return [{ label: 'Implied price', value: `${showHourly(price, input.display, fx)} per GPU-hour`, note, assumptions }];
}

export function gpuLines(m: GpuMention, input: TooltipInput): Line[] {
  const fx = input.lookup?.reference.fx ?? input.fx;
  const count = m.count;
  const countText =
    count === undefined
      ? 'not stated'
      : m.countHigh
        ? `${formatCount(count)}–${formatCount(m.countHigh)}`
        : formatCount(count);
  const lines: Line[] = [
    {
      label: 'Count',
      value: countText + (m.equivalent ? ' equivalents' : ''),
      note: m.vague ? 'a vague figure' : undefined,
    },
    { label: 'Model', value: m.model ?? 'not named', note: m.vendor ?? undefined },
  ];
  const choice = chooseAccelerator(input.lookup?.reference.accelerators ?? [], m.model);
  if (!count || m.vague || !choice) return lines;
  const { accelerator: a, assumed } = choice;
  const base = accelNote(a, assumed, m.model);
  const power = powerForAccelerators(count, a.boardPowerWatts);
  lines.push({ label: 'Board power', value: formatWatts(power.boardWatts), assumptions: [base] });
  lines.push({
    label: 'Facility power',
    value: formatWatts(power.facilityWatts),
    note: `× ${DEFAULT_OVERHEAD} overhead`,
    assumptions: [base, OVERHEAD_NOTE],
  });
  const cost = purchaseCost(count, a.unitPriceUsd);
  if (cost && a.unitPriceUsd) {
    lines.push({
      label: 'Purchase cost',
      value: showUsdRange(cost, input.display, fx),
      assumptions: [
        `${showUsdRange(a.unitPriceUsd, input.display, fx)} per ${shortName(a)} (street and analyst estimates; no list price).`,
        base,
      ],
    });
  }
  const hourly = marketHourlyRange(a);
  const rent = rentalValuePerMonth(count, hourly);
  if (rent && hourly) {
    lines.push({
      label: 'Rental value',
      value: `${showUsdRange(rent, input.display, fx)} a month`,
      assumptions: [
        `${showHourly(hourly.low, input.display, fx)}–${showHourly(hourly.high, input.display, fx)} per GPU-hour across ${a.cloudPricePerGpuHour.length} market tiers, 730 h a month, all in use.`,
        base,
      ],
    });
  }
  return lines;
}

export function powerLines(m: PowerMention, input: TooltipInput): Line[] {
  if (m.vague || !m.watts) return [{ label: 'Power', value: 'not stated', note: 'a vague figure' }];
  const watts = m.watts;
  const lines: Line[] = [
    { label: 'Power', value: m.wattsHigh ? `${formatWatts(watts)}–${formatWatts(m.wattsHigh)}` : formatWatts(watts) },
  ];
  // The current, most power-hungry parts first: what a new campus would be built for.
  const accelerators = [...(input.lookup?.reference.accelerators ?? [])]
    .sort((x, y) => y.boardPowerWatts - x.boardPowerWatts)
    .slice(0, 3);
  if (accelerators.length) {
    lines.push({
      label: 'Could run',
      value: accelerators
        .map(
          (a) => `${formatCount(acceleratorsForPower(watts, a.boardPowerWatts), { style: 'compact' })} ${shortName(a)}`,
        )
        .join(' or '),
      assumptions: [
        `Accelerators = facility power ÷ (board power × ${DEFAULT_OVERHEAD}).`,
        OVERHEAD_NOTE,
        ...accelerators.map((a) => `${a.model}: ${formatWatts(a.boardPowerWatts)} each.`),
      ],
    });
  }
  lines.push({
    label: 'Energy a year',
    value: formatWattHours(yearlyEnergyWh(watts)),
    assumptions: ['At full load all year (8,760 h); real sites run below it.'],
  });
  return lines;
}

export function companyLines(m: CompanyMention, input: TooltipInput): { lines: Line[]; deals: Deal[] } {
  const summary = companySummary(input.lookup, m.canonical);
  if (!summary)
    return {
      lines: [{ label: 'Deals', value: input.lookup ? 'none in the deal cache' : 'deal cache not available' }],
      deals: [],
    };
  const fx = input.lookup?.reference.fx ?? input.fx;
  const { company } = summary;
  const lines: Line[] = [
    { label: 'Kind', value: KIND_LABEL[company.kind], note: company.ticker ? `ticker ${company.ticker}` : 'private' },
  ];
  lines.push({ label: 'Deals in cache', value: formatCount(summary.dealCount) });
  if (summary.disclosedUsd > 0)
    lines.push({ label: 'Disclosed total', value: showUsd(summary.disclosedUsd, input.display, fx) });
  if (summary.topCounterparties.length) {
    lines.push({
      label: 'Main counterparties',
      value: summary.topCounterparties
        .slice(0, 3)
        .map((c) => `${c.name} (${c.deals})`)
        .join(', '),
    });
  }
  const byId = new Map((input.lookup?.deals ?? []).map((d) => [d.deal.id, d.deal]));
  const deals = summary.latestDealIds
    .map((id) => byId.get(id))
    .filter((d): d is Deal => !!d)
    .slice(0, 3);
  return { lines, deals };
}
