import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPageHooks } from './page-hooks';
import type { NativeExtension } from './native';

// A window as far as the hooks use it: a document that dispatches events, a location, and
// (optionally) a Navigation API object.
function fakeWindow(opts: { navigation?: boolean } = {}) {
  const location = { href: 'https://news.example/a' };
  const navigation = opts.navigation === false ? undefined : new EventTarget();
  const win = { document: new EventTarget(), location, navigation } as unknown as Window;
  const navigate = (url: string) => {
    const e = Object.assign(new Event('navigate'), { destination: { url } });
    navigation!.dispatchEvent(e);
    location.href = url;
  };
  return { win, location, navigate };
}

const fakeExtension = (id = 'ext-id') => ({ runtime: { id } }) as unknown as NativeExtension;

afterEach(() => {
  vi.useRealTimers();
});

describe('startPageHooks', () => {
  it('stops an older instance when a newer one starts in the same page, and only then', () => {
    const { win } = fakeWindow();
    const ext = fakeExtension();
    const older = startPageHooks(ext, win);
    const cleanup = vi.fn();
    older.onInvalidated(cleanup);
    expect(older.isValid()).toBe(true);
    const newer = startPageHooks(ext, win);
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(older.isValid()).toBe(false);
    expect(newer.isValid()).toBe(true);
    // Another extension's instance is not ours to step down for.
    startPageHooks(fakeExtension('other-id'), win);
    expect(newer.isValid()).toBe(true);
  });

  it('does not stop for a start event the page dispatches, whatever its detail', () => {
    const { win } = fakeWindow();
    const ext = fakeExtension();
    const hooks = startPageHooks(ext, win);
    const cleanup = vi.fn();
    hooks.onInvalidated(cleanup);
    const started = 'ext-id:content:wxt:content-script-started';
    for (const detail of [
      { contentScriptName: 'content', messageId: 'forged' },
      { contentScriptName: 'content' },
      null,
    ])
      win.document.dispatchEvent(new CustomEvent(started, { detail }));
    expect(cleanup).not.toHaveBeenCalled();
    expect(hooks.isValid()).toBe(true);
  });

  it('notices a removed or reloaded extension (runtime.id gone) when asked, once', () => {
    const { win } = fakeWindow();
    const ext = fakeExtension();
    const hooks = startPageHooks(ext, win);
    const cleanup = vi.fn();
    hooks.onInvalidated(cleanup);
    (ext.runtime as { id?: string }).id = undefined;
    expect(hooks.isValid()).toBe(false);
    expect(hooks.isValid()).toBe(false);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('reports location changes from the Navigation API, not same-URL navigations', () => {
    const { win, navigate } = fakeWindow();
    const hooks = startPageHooks(fakeExtension(), win);
    const changed = vi.fn();
    hooks.onLocationChange(changed);
    navigate('https://news.example/a');
    expect(changed).not.toHaveBeenCalled();
    navigate('https://news.example/b');
    navigate('https://news.example/b');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('checks the location once a second where there is no Navigation API, until invalidated', () => {
    vi.useFakeTimers();
    const { win, location } = fakeWindow({ navigation: false });
    const ext = fakeExtension();
    const hooks = startPageHooks(ext, win);
    const changed = vi.fn();
    hooks.onLocationChange(changed);
    location.href = 'https://news.example/b';
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    startPageHooks(ext, win); // a newer instance: this one stops watching
    location.href = 'https://news.example/c';
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
