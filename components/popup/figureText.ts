// Figures in words for the popup, in the reader's display currency. Pure: every number goes through
// lib/figures/format.ts, every conversion through the feed's dated FX table.
import type { GpuMention, MoneyMention, PowerMention } from '../../lib/extract/types';
import type { Deal, FxTable } from '../../lib/feed/types';
import { formatCount, formatMoney, formatMoneyRange, formatWatts } from '../../lib/figures/format';
import { annualize, totalOverTerm } from '../../lib/figures/period';
import { convert } from '../../lib/figures/fx';
import type { DisplaySettings } from '../../lib/settings';
import { rateWords, termWords } from '../../lib/figures/words';
import { t, type MessageKey } from '../../lib/i18n';

type Style = DisplaySettings['numbers'];

/** "$1.25B/month": the short rate of the popup's rows. */
const PER: Record<'month' | 'quarter' | 'year', MessageKey> = {
  month: 'popupPerMonth',
  quarter: 'popupPerQuarter',
  year: 'popupPerYear',
};

/** An amount in the display currency when it converts, else in its own currency. */
function money(amount: number, from: string, to: string, fx: FxTable | null, style: Style): string {
  const converted = convert(amount, from, to, fx);
  return converted === null ? formatMoney(amount, from, { style }) : formatMoney(converted, to, { style });
}

/** "$1.25B/month → $15.0B a year · $45.0B over 3 years"; one-off sums stay as they are. */
export function moneyValue(m: MoneyMention, to: string, fx: FxTable | null, style: Style): string {
  if (m.vague || m.amount === undefined) return t('popupAmountNotStated');
  const from = m.currency;
  const converted = convert(m.amount, from, to, fx);
  const high = m.amountHigh === undefined ? undefined : (convert(m.amountHigh, from, to, fx) ?? undefined);
  const shown =
    converted === null
      ? formatMoneyRange(m.amount, m.amountHigh, from, { style })
      : formatMoneyRange(converted, high, to, { style });
  if (m.period === 'one-time') {
    return m.termMonths ? t('wordsOverTerm', shown, termWords(m.termMonths)) : shown;
  }
  const parts = [t(PER[m.period], shown)];
  const perYear = annualize(m.amount, m.period);
  if (perYear !== null && m.period !== 'year')
    parts.push(`→ ${rateWords(money(perYear, from, to, fx, style), 'year')}`);
  const total = totalOverTerm(m.amount, m.period, m.termMonths);
  if (total !== null && m.termMonths)
    parts.push(`· ${t('wordsOverTerm', money(total, from, to, fx, style), termWords(m.termMonths))}`);
  return parts.join(' ');
}

/** Chip counts read best in full ("50,000", not "50.0K"); compact style shortens only millions. */
function count(n: number, style: Style): string {
  return formatCount(n, { style: style === 'compact' && n >= 1e6 ? 'compact' : 'full' });
}

/** "220,000 H100" or "600,000 H100 equivalents"; counts of an unnamed chip say "accelerators". */
export function gpuValue(m: GpuMention, style: Style): string {
  if (m.vague || m.count === undefined) return `${t('popupCountNotStated')}${m.model ? ` (${m.model})` : ''}`;
  const shown =
    m.countHigh && m.countHigh !== m.count
      ? `${count(m.count, style)}–${count(m.countHigh, style)}`
      : count(m.count, style);
  if (!m.model) return t('dealAccelerators', m.vendor ? `${shown} ${m.vendor}` : shown);
  return m.equivalent ? t('popupGpuEquivalents', `${shown} ${m.model}`) : `${shown} ${m.model}`;
}

/** "1.2 GW"; ranges as "1 GW–1.5 GW". */
export function powerValue(m: PowerMention): string {
  if (m.vague || m.watts === undefined) return t('popupCapacityNotStated');
  if (m.wattsHigh && m.wattsHigh !== m.watts) return `${formatWatts(m.watts)}–${formatWatts(m.wattsHigh)}`;
  return formatWatts(m.watts);
}

/** A deal's headline figure: its value (rates annualized), else its GPUs, else its power. */
export function dealValue(deal: Deal, to: string, fx: FxTable | null, style: Style): string | null {
  const v = deal.value;
  if (v && v.amount !== null) {
    const shown = money(v.amount, v.currency, to, fx, style);
    if (v.period === null) return shown;
    const perYear = annualize(v.amount, v.period);
    const yearly =
      v.period !== 'year' && perYear !== null
        ? ` (${rateWords(money(perYear, v.currency, to, fx, style), 'year')})`
        : '';
    return `${t(PER[v.period], shown)}${yearly}`;
  }
  if (v && v.total !== null) return t('popupInTotal', money(v.total, v.currency, to, fx, style));
  if (deal.gpus?.count) {
    const shown = count(deal.gpus.count, style);
    return deal.gpus.model ? `${shown} ${deal.gpus.model}` : t('dealAccelerators', shown);
  }
  if (deal.powerWatts) return formatWatts(deal.powerWatts);
  return null;
}
