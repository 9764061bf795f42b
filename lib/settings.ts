// Reader preferences, kept in browser.storage.local through WXT's storage items so every context
// (content scripts, popup, options, background) reads the same values and sees changes live.
import { storage } from 'wxt/utils/storage';
import type { MentionType } from './extract/types';

export type SiteMode = 'all' | 'listed' | 'on-click';

export interface DisplaySettings {
  /** Currency that normalized figures are shown in. */
  currency: 'USD' | 'EUR' | 'GBP' | 'JPY';
  numbers: 'compact' | 'full';
  types: Record<MentionType, boolean>;
  hoverDelayMs: number;
  requireModifier: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  currency: 'USD',
  numbers: 'compact',
  types: { company: true, money: true, gpu: true, power: true },
  hoverDelayMs: 150,
  requireModifier: false,
};

export const display = storage.defineItem<DisplaySettings>('local:display', { fallback: DEFAULT_DISPLAY });
/** Global pause: nothing is scanned or marked anywhere while true. */
export const paused = storage.defineItem<boolean>('local:paused', { fallback: false });
export const siteMode = storage.defineItem<SiteMode>('local:siteMode', { fallback: 'all' });
/** Hostnames switched off (mode 'all') or switched on (mode 'listed'). */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
export const enabledSites = storage.defineItem<string[]>('local:enabledSites', { fallback: [] });
/** Sync schedule, in hours between feed syncs. */
export const syncEveryHours = storage.defineItem<number>('local:syncEveryHours', { fallback: 24 });

/** Whether DealLens annotates pages on `hostname`, given the reader's settings. Pure. */
export function isSiteEnabled(
  hostname: string,
  mode: SiteMode,
  disabled: readonly string[],
  enabled: readonly string[],
): boolean {
  const matches = (list: readonly string[]) =>
    list.some((h) => hostname === h || hostname.endsWith('.' + h));
  if (mode === 'listed') return matches(enabled);
  if (mode === 'on-click') return false;
  return !matches(disabled);
}
