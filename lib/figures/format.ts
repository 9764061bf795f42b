// The one number formatter. Every figure a reader sees goes through here, so "$15.0B" reads the
// same in the tooltip, the popup, the options page and the CLI.

const SCALES: [number, string, string][] = [
  [1e12, 'T', ' trillion'],
  [1e9, 'B', ' billion'],
  [1e6, 'M', ' million'],
  [1e3, 'K', ' thousand'],
];

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹' };

export interface FormatOptions {
  /** 'compact' → "$15.0B"; 'full' → "$15,000,000,000". */
  style?: 'compact' | 'full';
}

/** Compact style keeps three significant figures so a figure reads as written: 1.25e9 → "1.25B",
 *  15e9 → "15.0B", 300e9 → "300B"; small numbers keep grouping. */
export function formatNumber(n: number, { style = 'compact' }: FormatOptions = {}): string {
  if (!Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  if (style === 'compact') {
    for (const [size, suffix] of SCALES) {
      if (abs >= size) {
        const v = n / size;
        const a = Math.abs(v);
        if (a >= 100) return `${v.toFixed(0)}${suffix}`;
        if (a >= 10) return `${v.toFixed(1)}${suffix}`;
        // "1.25B", but "5.0B" and "1.5B" rather than "5.00B" and "1.50B".
        return `${v.toFixed(2).replace(/(\.\d)0$/, '$1')}${suffix}`;
      }
    }
  }
  const fractionDigits = abs >= 100 || Number.isInteger(n) ? 0 : 2;
  return n.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** formatMoney(1.5e10, 'USD') → "$15.0B"; unknown codes are written after: "12.0B SEK". */
export function formatMoney(amount: number, currency = 'USD', options: FormatOptions = {}): string {
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
export function formatPrice(amount: number, currency = 'USD'): string {
  const symbol = SYMBOLS[currency] ?? '';
  const text = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return symbol ? `${symbol}${text}` : `${text} ${currency}`;
}

/** 4.5e9 → "4.5 GW", 700 → "700 W". */
export function formatWatts(watts: number): string {
  const units: [number, string][] = [
    [1e9, 'GW'],
    [1e6, 'MW'],
    [1e3, 'kW'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(watts) >= size) return `${trimZeros((watts / size).toFixed(watts / size >= 100 ? 0 : 2))} ${unit}`;
  }
  return `${trimZeros(watts.toFixed(0))} W`;
}

/** Energy in watt-hours: 3.94e13 → "39.4 TWh". */
export function formatWattHours(wh: number): string {
  const units: [number, string][] = [
    [1e12, 'TWh'],
    [1e9, 'GWh'],
    [1e6, 'MWh'],
    [1e3, 'kWh'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(wh) >= size) return `${trimZeros((wh / size).toFixed(wh / size >= 100 ? 0 : 1))} ${unit}`;
  }
  return `${trimZeros(wh.toFixed(0))} Wh`;
}

/** 100000 → "100,000"; with compact style, 1.2e6 → "1.2M". */
export function formatCount(n: number, options: FormatOptions = { style: 'full' }): string {
  return options.style === 'compact' ? formatNumber(n, options) : Math.round(n).toLocaleString('en-US');
}

/** 1 → "1st", 3 → "3rd", 12 → "12th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
