// The one number formatter. Every figure a reader sees goes through here, so "$15.0B" reads the
// same in the tooltip, the popup, the options page and the CLI. English keeps the project's own
// forms; other interface languages get Intl.NumberFormat's ("1,25 Mrd. $", "$12.5億") with the
// same rounding: at most three significant figures, in compact and full style alike (a converted
// "€1,077,586,207" claims a precision the FX rate never had). A trailing zero is written only when
// it carries that precision: "$15B" for exactly 15 billion, "$15.0B" for 15.04 billion.
import { uiLanguage } from '../i18n';

const SCALES: [number, string, string][] = [
  [1e12, 'T', ' trillion'],
  [1e9, 'B', ' billion'],
  [1e6, 'M', ' million'],
  [1e3, 'K', ' thousand'],
];

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹' };

interface FormatOptions {
  /** 'compact' → "$15B"; 'full' → "$15,000,000,000" (three significant figures from a million up). */
  style?: 'compact' | 'full';
  /** BCP-47 tag of the reader's language; the interface's language when absent. */
  locale?: string;
}

/** The locale to format for, or null for the project's English forms. */
function foreign(locale: string | undefined): string | null {
  const tag = locale ?? uiLanguage();
  return /^en\b/i.test(tag) ? null : tag;
}

/** True when n has at most three significant figures, so rounding to them loses nothing and a
 *  trailing ".0" would say nothing. */
function exact(n: number): boolean {
  return Math.abs(n - Number(n.toPrecision(3))) <= Math.abs(n) * 1e-9;
}

/** Full-style figures from a million up keep three significant figures: 1,077,586,207 → 1,080,000,000. */
function roundFull(n: number): number {
  return Math.abs(n) >= 1e6 ? Number(n.toPrecision(3)) : n;
}

const compactShape = (n: number) =>
  ({ notation: 'compact', minimumSignificantDigits: exact(n) ? 1 : 2, maximumSignificantDigits: 3 }) as const;

/** Intl's form, or null when the locale or currency is one Intl does not know. */
function intl(locale: string, n: number, options: Intl.NumberFormatOptions): string | null {
  try {
    return new Intl.NumberFormat(locale, options).format(n);
  } catch {
    return null;
  }
}

function localNumber(locale: string, n: number, style: 'compact' | 'full'): string {
  if (style === 'compact' && Math.abs(n) >= 1000) return intl(locale, n, compactShape(n)) ?? String(n);
  const fractionDigits = Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : 2;
  return intl(locale, roundFull(n), { maximumFractionDigits: fractionDigits }) ?? String(n);
}

/** Compact style keeps three significant figures so a figure reads as written: 1.25e9 → "1.25B",
 *  15e9 → "15B", 15.04e9 → "15.0B", 300e9 → "300B"; small numbers keep grouping. */
export function formatNumber(n: number, { style = 'compact', locale }: FormatOptions = {}): string {
  if (!Number.isFinite(n)) return '–';
  const local = foreign(locale);
  if (local) return localNumber(local, n, style);
  const abs = Math.abs(n);
  if (style === 'compact') {
    for (const [size, suffix] of SCALES) {
      if (abs >= size) {
        const v = n / size;
        const a = Math.abs(v);
        const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
        // "1.25B", "1.5B" and "5B" rather than "1.50B" and "5.00B"; a rounded 4.996B stays "5.0B".
        const text = v.toFixed(digits);
        return `${exact(n) ? trimZeros(text) : text.replace(/(\.\d)0$/, '$1')}${suffix}`;
      }
    }
  }
  const fractionDigits = abs >= 100 || Number.isInteger(n) ? 0 : 2;
  return roundFull(n).toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** formatMoney(1.5e10, 'USD') → "$15B"; unknown codes are written after: "12B SEK". */
export function formatMoney(amount: number, currency = 'USD', options: FormatOptions = {}): string {
  const local = foreign(options.locale);
  if (local && Number.isFinite(amount)) {
    const compact = options.style !== 'full' && Math.abs(amount) >= 1000;
    // A whole small sum keeps no cents ("0 $", as the English "$0"): currencies default to two.
    const cents = Math.abs(amount) >= 100 || Number.isInteger(amount) ? 0 : 2;
    const shape = compact ? compactShape(amount) : { minimumFractionDigits: cents, maximumFractionDigits: cents };
    const text = intl(local, compact ? amount : roundFull(amount), {
      ...shape,
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    });
    if (text) return text;
    return `${localNumber(local, amount, options.style ?? 'compact')} ${currency}`;
  }
  const sign = amount < 0 ? '-' : '';
  const body = formatNumber(Math.abs(amount), options);
  const symbol = SYMBOLS[currency];
  return symbol ? `${sign}${symbol}${body}` : `${sign}${body} ${currency}`;
}

export function formatMoneyRange(
  low: number,
  high: number | undefined,
  currency = 'USD',
  options: FormatOptions = {},
): string {
  if (high === undefined || high === low) return formatMoney(low, currency, options);
  return `${formatMoney(low, currency, options)}–${formatMoney(high, currency, options)}`;
}

/** Small prices keep cents: 2.4937 → "$2.49". */
export function formatPrice(amount: number, currency = 'USD', locale?: string): string {
  const local = foreign(locale);
  const cents = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (local)
    return (
      intl(local, amount, { ...cents, style: 'currency', currency, currencyDisplay: 'narrowSymbol' }) ??
      `${intl(local, amount, cents) ?? amount} ${currency}`
    );
  const symbol = SYMBOLS[currency] ?? '';
  const text = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}

/** 4.5e9 → "4.5 GW", 700 → "700 W". */
export function formatWatts(watts: number, locale?: string): string {
  const units: [number, string][] = [
    [1e9, 'GW'],
    [1e6, 'MW'],
    [1e3, 'kW'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(watts) >= size) return `${decimals(watts / size, watts / size >= 100 ? 0 : 2, locale)} ${unit}`;
  }
  return `${decimals(watts, 0, locale)} W`;
}

/** Energy in watt-hours: 3.94e13 → "39.4 TWh". */
export function formatWattHours(wh: number, locale?: string): string {
  const units: [number, string][] = [
    [1e12, 'TWh'],
    [1e9, 'GWh'],
    [1e6, 'MWh'],
    [1e3, 'kWh'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(wh) >= size) return `${decimals(wh / size, wh / size >= 100 ? 0 : 1, locale)} ${unit}`;
  }
  return `${decimals(wh, 0, locale)} Wh`;
}

/** 100000 → "100,000"; with compact style, 1.2e6 → "1.2M". */
export function formatCount(n: number, options: FormatOptions = { style: 'full' }): string {
  if (options.style === 'compact') return formatNumber(n, options);
  return Math.round(n).toLocaleString(foreign(options.locale) ?? 'en-US');
}

/** 1 → "1st", 3 → "3rd", 12 → "12th"; German "3.", French "1er"/"3e", Spanish "3.º", Japanese "3番目". */
export function ordinal(n: number, locale?: string): string {
  const local = foreign(locale);
  if (local) return localOrdinal(local, n);
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

const ORDINAL: Record<string, (n: number) => string> = {
  de: (n) => `${n}.`,
  fr: (n) => (n === 1 ? '1er' : `${n}e`),
  es: (n) => `${n}.º`,
  ja: (n) => `${n}番目`,
};

function localOrdinal(locale: string, n: number): string {
  return (ORDINAL[locale.slice(0, 2).toLowerCase()] ?? ((k: number) => `${k}.`))(n);
}

/** Up to `digits` decimals, trailing zeros dropped: "4.5", "300"; in the locale's digits and marks
 *  (a factor such as 1.3 reads "1,3" in German). */
export function decimals(n: number, digits: number, locale: string | undefined): string {
  const local = foreign(locale);
  if (local) return intl(local, n, { maximumFractionDigits: digits }) ?? String(n);
  return trimZeros(n.toFixed(digits));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A list in the reader's language: "A, B, or C", "A, B und C", "A、B、C". */
export function formatList(items: readonly string[], kind: 'or' | 'and', locale?: string): string {
  try {
    const type = kind === 'or' ? 'disjunction' : 'conjunction';
    return new Intl.ListFormat(locale ?? uiLanguage(), { type }).format(items);
  } catch {
    return items.join(` ${kind} `);
  }
}
