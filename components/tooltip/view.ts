// Small pure helpers the tooltip and the shared cards use to turn figures into words.
import type { DisplaySettings } from '../../lib/settings';
import type { CompanyKind, FxTable, PriceRange } from '../../lib/feed/types';
import { formatMoney, formatMoneyRange, formatPrice } from '../../lib/figures/format';
import { usdRate } from '../../lib/figures/fx';
import { t, type MessageKey } from '../../lib/i18n';

/** A USD amount in the reader's display currency, through the feed's FX table (USD when the
 *  table lacks the currency). */
export function showUsd(
  usd: number,
  display: Pick<DisplaySettings, 'currency' | 'numbers'>,
  fx: FxTable | null,
): string {
  const rate = usdRate(display.currency, fx);
  const currency = rate ? display.currency : 'USD';
  return formatMoney(rate ? usd / rate : usd, currency, { style: display.numbers });
}

export function showUsdRange(
  r: PriceRange,
  display: Pick<DisplaySettings, 'currency' | 'numbers'>,
  fx: FxTable | null,
): string {
  const rate = usdRate(display.currency, fx);
  const currency = rate ? display.currency : 'USD';
  const k = rate ?? 1;
  return formatMoneyRange(r.low / k, r.high / k, currency, { style: display.numbers });
}

/** An hourly price (keeps cents) in the display currency. */
export function showHourly(usd: number, display: Pick<DisplaySettings, 'currency'>, fx: FxTable | null): string {
  const rate = usdRate(display.currency, fx);
  return rate ? formatPrice(usd / rate, display.currency) : formatPrice(usd, 'USD');
}

/** Only http(s) links ever become hrefs; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Every company kind, in the feed's order (the explorer's legend and picker follow it). */
export const COMPANY_KINDS: readonly CompanyKind[] = [
  'ai-lab',
  'hyperscaler',
  'neocloud',
  'chipmaker',
  'investor',
  'energy',
  'other',
];

const KIND_KEY: Record<CompanyKind, MessageKey> = {
  'ai-lab': 'tipKindAiLab',
  hyperscaler: 'tipKindHyperscaler',
  neocloud: 'tipKindNeocloud',
  chipmaker: 'tipKindChipmaker',
  investor: 'tipKindInvestor',
  energy: 'tipKindEnergy',
  other: 'tipKindOther',
};

/** A company's kind in the reader's language: "AI lab", "KI-Labor". */
export const companyKindLabel = (kind: CompanyKind): string => t(KIND_KEY[kind]);
