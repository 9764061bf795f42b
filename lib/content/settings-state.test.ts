import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DISPLAY, disabledSites, display, enabledSites, paused, siteMode, syncEveryHours } from '../settings';
import type { NativeExtension } from './native';
import {
  blockedReason,
  loadSettings,
  settingsFromStorage,
  settingsPatch,
  watchSettings,
  type ContentSettings,
} from './settings-state';

// The loader reads natively what the options page and popup write through WXT's storage items:
// the same browser.storage.local, so these tests write with the items and read with the loader.
const ext = fakeBrowser as unknown as NativeExtension;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());

describe('loadSettings', () => {
  it('reads what the WXT storage items wrote (same keys, no "local:" prefix)', async () => {
    await display.setValue({ ...DEFAULT_DISPLAY, currency: 'EUR', types: { ...DEFAULT_DISPLAY.types, gpu: false } });
    await paused.setValue(true);
    await siteMode.setValue('listed');
    await disabledSites.setValue(['a.example']);
    await enabledSites.setValue(['b.example']);
    const s = await loadSettings(ext);
    expect(s).toEqual({
      display: { ...DEFAULT_DISPLAY, currency: 'EUR', types: { ...DEFAULT_DISPLAY.types, gpu: false } },
      paused: true,
      mode: 'listed',
      disabled: ['a.example'],
      enabled: ['b.example'],
    });
  });

  it('falls back exactly where the WXT items do', async () => {
    const s = await loadSettings(ext);
    expect(s).toEqual({
      display: await display.getValue(),
      paused: await paused.getValue(),
      mode: await siteMode.getValue(),
      disabled: await disabledSites.getValue(),
      enabled: await enabledSites.getValue(),
    });
  });

  it('completes a stored display of an older version with the defaults', () => {
    const s = settingsFromStorage({ display: { currency: 'GBP', types: { money: false } } });
    expect(s.display).toEqual({
      ...DEFAULT_DISPLAY,
      currency: 'GBP',
      types: { ...DEFAULT_DISPLAY.types, money: false },
    });
    expect(settingsFromStorage({ paused: null }).paused).toBe(false);
  });
});

describe('watchSettings', () => {
  it('patches the settings in place and calls back once per storage change', async () => {
    const current = await loadSettings(ext);
    const seen: ContentSettings[] = [];
    const unwatch = watchSettings(current, (s) => seen.push(structuredClone(s)), ext);
    await paused.setValue(true);
    await flush();
    expect(seen.at(-1)?.paused).toBe(true);
    expect(current.paused).toBe(true);
    await fakeBrowser.storage.local.set({ siteMode: 'on-click', disabledSites: ['x.example'] });
    await flush();
    expect(seen).toHaveLength(2);
    expect(current).toMatchObject({ mode: 'on-click', disabled: ['x.example'] });
    await syncEveryHours.setValue(6); // not a content setting
    await flush();
    expect(seen).toHaveLength(2);
    unwatch.forEach((u) => u());
    await paused.setValue(false);
    await flush();
    expect(seen).toHaveLength(2);
    expect(current.paused).toBe(true);
  });

  it('treats a removed key as its fallback and ignores other areas and no-op writes', () => {
    expect(settingsPatch({ paused: { oldValue: true } }, 'local')).toEqual({ paused: false });
    expect(settingsPatch({ paused: { newValue: true } }, 'sync')).toBeNull();
    expect(settingsPatch({ enabledSites: { oldValue: ['a'], newValue: ['a'] } }, 'local')).toBeNull();
  });
});

describe('blockedReason', () => {
  const base = settingsFromStorage({});
  it('pauses everywhere, switches sites off, and lets the reader force a switched-off site', () => {
    expect(blockedReason({ ...base, paused: true }, 'news.example', true)).toBe('paused');
    expect(blockedReason({ ...base, disabled: ['example'] }, 'news.example', false)).toBe('disabled-site');
    expect(blockedReason({ ...base, mode: 'on-click' }, 'news.example', true)).toBeNull();
    expect(blockedReason(base, 'news.example', false)).toBeNull();
  });
});
