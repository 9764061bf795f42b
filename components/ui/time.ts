// Dates in words for status lines. Pure: `now` is passed in so tests never depend on the clock.

import { t, uiLanguage } from '../../lib/i18n';

const UNITS: [number, Intl.RelativeTimeFormatUnit][] = [
  [365 * 24 * 3600e3, 'year'],
  [30 * 24 * 3600e3, 'month'],
  [7 * 24 * 3600e3, 'week'],
  [24 * 3600e3, 'day'],
  [3600e3, 'hour'],
  [60e3, 'minute'],
];

/** "just now", "5 minutes ago", "in 3 hours" (in the interface's language: "vor 5 Minuten"), or null
 *  for a missing or unreadable date. */
export function relativeTime(iso: string | null | undefined, now: number): string | null {
  if (!iso) return null;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const diff = then - now;
  const abs = Math.abs(diff);
  for (const [size, unit] of UNITS) {
    if (abs >= size) {
      const n = Math.floor(abs / size);
      return new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'always' }).format(diff < 0 ? -n : n, unit);
    }
  }
  return t('timeJustNow');
}
