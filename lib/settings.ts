// Reader preferences, kept in browser.storage.local through WXT's storage items so every context
// (content scripts, popup, options, background) reads the same values and sees changes live.
import { storage } from 'wxt/utils/storage';
import type { MentionType } from './extract/types';
import { allKindsOn } from './figures/kinds-css';

export type SiteMode = 'all' | 'listed' | 'on-click';

export interface DisplaySettings {
  /** Currency that normalized figures are shown in. */
  currency: 'USD' | 'EUR' | 'GBP' | 'JPY';
  numbers: 'compact' | 'full';
  types: Record<MentionType, boolean>;
  hoverDelayMs: number;
  requireModifier: boolean;
  /** Tooltip colours: 'auto' (absent) follows the page around the mark. */
  tooltipTheme?: 'auto' | 'light' | 'dark';
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  currency: 'USD',
  numbers: 'compact',
  types: allKindsOn(),
  hoverDelayMs: 150,
  requireModifier: false,
};

/** Where each setting lives in browser.storage.local (WXT's items store 'local:display' under the
 *  key 'display'), and its value when unset: plain data, so the content script's loader can read
 *  them natively in one call without WXT's storage module (lib/content/settings-state.ts). */
export const SETTING_KEYS = {
  display: 'display',
  paused: 'paused',
  siteMode: 'siteMode',
  disabledSites: 'disabledSites',
  enabledSites: 'enabledSites',
  syncEveryHours: 'syncEveryHours',
  readingTrail: 'readingTrail',
} as const;

export const SETTING_FALLBACKS = {
  display: DEFAULT_DISPLAY,
  paused: false,
  siteMode: 'all' as SiteMode,
  disabledSites: [] as string[],
  enabledSites: [] as string[],
  syncEveryHours: 24,
  readingTrail: false,
};

// Marked pure: a bundle that only needs the plain constants above (the content script's loader)
// drops the items, and with them the storage reads each definition starts.
export const display = /* @__PURE__ */ storage.defineItem<DisplaySettings>(`local:${SETTING_KEYS.display}`, {
  fallback: SETTING_FALLBACKS.display,
});
/** Global pause: nothing is extracted or marked anywhere while true. (The content script's cheap
 *  prefilter reads the article's text in the tab before it reads the settings; see lib/content/loader.ts.) */
export const paused = /* @__PURE__ */ storage.defineItem<boolean>(`local:${SETTING_KEYS.paused}`, {
  fallback: SETTING_FALLBACKS.paused,
});
export const siteMode = /* @__PURE__ */ storage.defineItem<SiteMode>(`local:${SETTING_KEYS.siteMode}`, {
  fallback: SETTING_FALLBACKS.siteMode,
});
/** Hostnames switched off (mode 'all') or switched on (mode 'listed'). */
export const disabledSites = /* @__PURE__ */ storage.defineItem<string[]>(`local:${SETTING_KEYS.disabledSites}`, {
  fallback: SETTING_FALLBACKS.disabledSites,
});
export const enabledSites = /* @__PURE__ */ storage.defineItem<string[]>(`local:${SETTING_KEYS.enabledSites}`, {
  fallback: SETTING_FALLBACKS.enabledSites,
});
/** Sync schedule, in hours between feed syncs. */
export const syncEveryHours = /* @__PURE__ */ storage.defineItem<number>(`local:${SETTING_KEYS.syncEveryHours}`, {
  fallback: SETTING_FALLBACKS.syncEveryHours,
});

/** Reading trail (off by default): when on, the deals matched on the pages the reader visits are
 *  remembered in the background with the page's hostname and the date (lib/deals/trail.ts). */
export const readingTrail = /* @__PURE__ */ storage.defineItem<boolean>(`local:${SETTING_KEYS.readingTrail}`, {
  fallback: SETTING_FALLBACKS.readingTrail,
});

/** Whether DealLens annotates pages on `hostname`, given the reader's settings. Pure. */
export function isSiteEnabled(
  hostname: string,
  mode: SiteMode,
  disabled: readonly string[],
  enabled: readonly string[],
): boolean {
  const matches = (list: readonly string[]) => list.some((h) => hostname === h || hostname.endsWith('.' + h));
  if (mode === 'listed') return matches(enabled);
  if (mode === 'on-click') return false;
  return !matches(disabled);
}
