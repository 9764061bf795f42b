// The reader's settings as the content script needs them, loaded once and kept live through WXT
// storage watchers (site switch, pause and display changes apply without reload).
import { DEFAULT_DISPLAY, disabledSites, display, enabledSites, isSiteEnabled, paused, siteMode, type DisplaySettings, type SiteMode } from '../settings';

export interface ContentSettings {
  display: DisplaySettings;
  paused: boolean;
  mode: SiteMode;
  disabled: string[];
  enabled: string[];
}

export async function loadSettings(): Promise<ContentSettings> {
  const [d, p, mode, dis, en] = await Promise.all([display.getValue(), paused.getValue(), siteMode.getValue(), disabledSites.getValue(), enabledSites.getValue()]);
  return { display: { ...DEFAULT_DISPLAY, ...d, types: { ...DEFAULT_DISPLAY.types, ...d?.types } }, paused: p, mode, disabled: dis, enabled: en };
}

/** Why the page is not annotated, or null when it is. `forced`: the reader asked from the popup. */
export function blockedReason(s: ContentSettings, hostname: string, forced: boolean): 'paused' | 'disabled-site' | null {
  if (s.paused) return 'paused';
  if (!forced && !isSiteEnabled(hostname, s.mode, s.disabled, s.enabled)) return 'disabled-site';
  return null;
}

/** Calls `onChange` with fresh settings whenever any of them changes. Returns the unwatchers. */
export function watchSettings(current: ContentSettings, onChange: (s: ContentSettings) => void): (() => void)[] {
  const set = (patch: Partial<ContentSettings>) => onChange(Object.assign(current, patch));
  return [
    display.watch((v) => set({ display: { ...DEFAULT_DISPLAY, ...v, types: { ...DEFAULT_DISPLAY.types, ...v?.types } } })),
    paused.watch((v) => set({ paused: v })),
    siteMode.watch((v) => set({ mode: v })),
    disabledSites.watch((v) => set({ disabled: v })),
    enabledSites.watch((v) => set({ enabled: v })),
  ];
}
