// The reader's settings as the content script needs them: read once with ONE native
// storage.local.get and kept live through storage.onChanged (site switch, pause and display
// changes apply without reload). Keys and fallbacks are lib/settings.ts's, the same ones its WXT
// storage items use; read natively because this runs on every page (see ./native.ts).
import {
  DEFAULT_DISPLAY,
  isSiteEnabled,
  SETTING_FALLBACKS,
  SETTING_KEYS,
  type DisplaySettings,
  type SiteMode,
} from '../settings';
import { nativeExtension, type NativeExtension, type StorageChange } from './native';

export interface ContentSettings {
  display: DisplaySettings;
  paused: boolean;
  mode: SiteMode;
  disabled: string[];
  enabled: string[];
}

/** The storage keys the content script reads. */
const CONTENT_SETTING_KEYS: string[] = [
  SETTING_KEYS.display,
  SETTING_KEYS.paused,
  SETTING_KEYS.siteMode,
  SETTING_KEYS.disabledSites,
  SETTING_KEYS.enabledSites,
];

/** A stored display value completed with the defaults (older stored values lack newer fields). */
function displayFrom(stored: DisplaySettings | null | undefined): DisplaySettings {
  const d = stored ?? SETTING_FALLBACKS.display;
  return { ...DEFAULT_DISPLAY, ...d, types: { ...DEFAULT_DISPLAY.types, ...d.types } };
}

/** The settings field one stored key sets. An unset (or null) value means the fallback, as
 *  WXT's getValue() has it. Pure. */
function fieldFrom(key: string, value: unknown): Partial<ContentSettings> {
  switch (key) {
    case SETTING_KEYS.display:
      return { display: displayFrom(value as DisplaySettings | null) };
    case SETTING_KEYS.paused:
      return { paused: (value as boolean | null) ?? SETTING_FALLBACKS.paused };
    case SETTING_KEYS.siteMode:
      return { mode: (value as SiteMode | null) ?? SETTING_FALLBACKS.siteMode };
    case SETTING_KEYS.disabledSites:
      return { disabled: (value as string[] | null) ?? SETTING_FALLBACKS.disabledSites };
    case SETTING_KEYS.enabledSites:
      return { enabled: (value as string[] | null) ?? SETTING_FALLBACKS.enabledSites };
    default:
      return {};
  }
}

/** Content settings from what storage.local.get returned for CONTENT_SETTING_KEYS. Pure. */
export function settingsFromStorage(stored: Record<string, unknown>): ContentSettings {
  return Object.assign({}, ...CONTENT_SETTING_KEYS.map((k) => fieldFrom(k, stored[k]))) as ContentSettings;
}

/** The settings fields a storage change sets, or null when it touches none of them. Pure. */
export function settingsPatch(
  changes: Record<string, StorageChange>,
  areaName: string,
): Partial<ContentSettings> | null {
  if (areaName !== 'local') return null;
  const changed = CONTENT_SETTING_KEYS.filter(
    (k) => k in changes && JSON.stringify(changes[k].newValue) !== JSON.stringify(changes[k].oldValue),
  );
  return changed.length ? Object.assign({}, ...changed.map((k) => fieldFrom(k, changes[k].newValue))) : null;
}

export async function loadSettings(ext: NativeExtension = nativeExtension()): Promise<ContentSettings> {
  return settingsFromStorage(await ext.storage.local.get(CONTENT_SETTING_KEYS));
}

/** Why the page is not annotated, or null when it is. `forced`: the reader asked from the popup. */
export function blockedReason(
  s: ContentSettings,
  hostname: string,
  forced: boolean,
): 'paused' | 'disabled-site' | null {
  if (s.paused) return 'paused';
  if (!forced && !isSiteEnabled(hostname, s.mode, s.disabled, s.enabled)) return 'disabled-site';
  return null;
}

/** Updates `current` in place and calls `onChange` whenever any of its settings changes.
 *  Returns the unwatchers. */
export function watchSettings(
  current: ContentSettings,
  onChange: (s: ContentSettings) => void,
  ext: NativeExtension = nativeExtension(),
): (() => void)[] {
  const listener = (changes: Record<string, StorageChange>, areaName: string) => {
    const patch = settingsPatch(changes, areaName);
    if (patch) onChange(Object.assign(current, patch));
  };
  ext.storage.onChanged.addListener(listener);
  return [() => ext.storage.onChanged.removeListener(listener)];
}
