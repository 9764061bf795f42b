// The labeled lines of accelerator, power and company mentions (money has money-lines.ts). Pure;
// numbers through lib/figures only, words through lib/i18n.
import type { CompanyMention, GpuMention, PowerMention } from '../../lib/extract/types';
import type { Accelerator, Deal } from '../../lib/feed/types';
import { modelKeys } from '../../lib/feed/models';
import { companySummary } from '../../lib/deals/lookup-result';
import { decimals, formatCount, formatList, formatWattHours, formatWatts } from '../../lib/figures/format';
import {
  DEFAULT_OVERHEAD,
  acceleratorsForPower,
  chooseAccelerator,
  marketHourlyRange,
  powerForAccelerators,
  purchaseCost,
  rentalValuePerMonth,
  yearlyEnergyWh,
} from '../../lib/figures/estimates';
import { t } from '../../lib/i18n';
import type { Line, TooltipInput } from './input';
import { companyKindLabel, showHourly, showUsd, showUsdRange } from './view';
import { rateWords } from '../../lib/figures/words';

/** The facility overhead factor in the reader's digits ("1.3", "1,3"). */
const overhead = () => decimals(DEFAULT_OVERHEAD, 2, undefined);
const overheadNote = () => t('tipOverheadNote', overhead());

const shortName = (a: Accelerator) => modelKeys(a.model)[0] ?? a.model;

function accelNote(a: Accelerator, assumed: boolean, named: string | null): string {
  const watts = formatWatts(a.boardPowerWatts);
  if (!assumed) return t('tipAccelEach', a.model, watts);
  return named ? t('tipAssumedUnknown', named, a.model, watts) : t('tipAssumedUnnamed', a.model, watts);
}

export function gpuLines(m: GpuMention, input: TooltipInput): Line[] {
  const fx = input.lookup?.reference.fx ?? input.fx;
  const count = m.count;
  const countText =
    count === undefined
      ? t('tipNotStated')
      : m.countHigh
        ? `${formatCount(count)}–${formatCount(m.countHigh)}`
        : formatCount(count);
  const lines: Line[] = [
    {
      label: t('tipCount'),
      value: m.equivalent && count !== undefined ? t('tipEquivalents', countText) : countText,
      note: m.vague ? t('tipVague') : undefined,
    },
    { label: t('tipModel'), value: m.model ?? t('tipNotNamed'), note: m.vendor ?? undefined },
  ];
  const choice = chooseAccelerator(input.lookup?.reference.accelerators ?? [], m.model);
  if (!count || m.vague || !choice) return lines;
  const { accelerator: a, assumed } = choice;
  const base = accelNote(a, assumed, m.model);
  const power = powerForAccelerators(count, a.boardPowerWatts);
  lines.push({ label: t('tipBoardPower'), value: formatWatts(power.boardWatts), assumptions: [base] });
  lines.push({
    label: t('tipFacilityPower'),
    value: formatWatts(power.facilityWatts),
    note: t('tipOverhead', overhead()),
    assumptions: [base, overheadNote()],
  });
  const cost = purchaseCost(count, a.unitPriceUsd);
  if (cost && a.unitPriceUsd) {
    lines.push({
      label: t('tipPurchaseCost'),
      value: showUsdRange(cost, input.display, fx),
      assumptions: [t('tipUnitPrice', showUsdRange(a.unitPriceUsd, input.display, fx), shortName(a)), base],
    });
  }
  const hourly = marketHourlyRange(a);
  const rent = rentalValuePerMonth(count, hourly);
  if (rent && hourly) {
    const range = `${showHourly(hourly.low, input.display, fx)}–${showHourly(hourly.high, input.display, fx)}`;
    lines.push({
      label: t('tipRentalValue'),
      value: rateWords(showUsdRange(rent, input.display, fx), 'month'),
      assumptions: [t('tipRentalHow', range, formatCount(a.cloudPricePerGpuHour.length)), base],
    });
  }
  return lines;
}

export function powerLines(m: PowerMention, input: TooltipInput): Line[] {
  if (m.vague || !m.watts) return [{ label: t('tipPower'), value: t('tipNotStated'), note: t('tipVague') }];
  const watts = m.watts;
  const lines: Line[] = [
    {
      label: t('tipPower'),
      value: m.wattsHigh ? `${formatWatts(watts)}–${formatWatts(m.wattsHigh)}` : formatWatts(watts),
    },
  ];
  // The current, most power-hungry parts first: what a new campus would be built for.
  const accelerators = [...(input.lookup?.reference.accelerators ?? [])]
    .sort((x, y) => y.boardPowerWatts - x.boardPowerWatts)
    .slice(0, 3);
  if (accelerators.length) {
    const runs = (a: Accelerator) =>
      `${formatCount(acceleratorsForPower(watts, a.boardPowerWatts), { style: 'compact' })} ${shortName(a)}`;
    lines.push({
      label: t('tipCouldRun'),
      value: formatList(accelerators.map(runs), 'or'),
      assumptions: [
        t('tipAccelFormula', overhead()),
        overheadNote(),
        ...accelerators.map((a) => t('tipEachWatts', a.model, formatWatts(a.boardPowerWatts))),
      ],
    });
  }
  lines.push({
    label: t('tipEnergyYear'),
    value: formatWattHours(yearlyEnergyWh(watts)),
    assumptions: [t('tipFullLoad')],
  });
  return lines;
}

export function companyLines(m: CompanyMention, input: TooltipInput): { lines: Line[]; deals: Deal[] } {
  const summary = companySummary(input.lookup, m.canonical);
  if (!summary)
    return { lines: [{ label: t('tipDealsLabel'), value: t(input.lookup ? 'tipNoDeals' : 'tipNoList') }], deals: [] };
  const fx = input.lookup?.reference.fx ?? input.fx;
  const { company } = summary;
  const lines: Line[] = [
    {
      label: t('tipCompanyKind'),
      value: companyKindLabel(company.kind),
      note: company.ticker ? t('tipTicker', company.ticker) : t('tipPrivate'),
    },
  ];
  lines.push({ label: t('tipDealsInList'), value: formatCount(summary.dealCount) });
  if (summary.disclosedUsd > 0)
    lines.push({ label: t('tipDisclosedTotal'), value: showUsd(summary.disclosedUsd, input.display, fx) });
  if (summary.topCounterparties.length) {
    const named = summary.topCounterparties.slice(0, 3).map((c) => `${c.name} (${formatCount(c.deals)})`);
    lines.push({ label: t('tipCounterparties'), value: formatList(named, 'and') });
  }
  const byId = new Map((input.lookup?.deals ?? []).map((d) => [d.deal.id, d.deal]));
  const deals = summary.latestDealIds
    .map((id) => byId.get(id))
    .filter((d): d is Deal => !!d)
    .slice(0, 3);
  return { lines, deals };
}
