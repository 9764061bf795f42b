// The content script's lifecycle in plain code, in place of WXT's ContentScriptContext (which
// costs ≈0.7 ms on every page: an AbortController, URL objects, wrappers around every timer; see
// wxt.config.ts, which leaves it out of the content-script build). Two jobs, as WXT does them:
// - Invalidation: a newer instance of this content script (the extension was reloaded, updated,
//   or injected again) announces itself with a document event; this instance then stops. The
//   event's name and detail are WXT's, so an older WXT-based instance steps down as well. An
//   extension that is gone altogether (runtime.id unset) is noticed whenever work is due.
//   The page can dispatch that event too, so it is only a prompt: an instance steps down only
//   when the newest instance recorded in the content scripts' own world (a property of our
//   isolated world's window, which no page script can see or set) is another one.
// - Location changes on single-page sites: the Navigation API's `navigate` event where there is
//   one, else a check of location.href once a second.
import type { ContentHooks } from './controller';
import type { NativeExtension } from './native';

interface PageHooks extends ContentHooks {
  /** False once the extension was reloaded or removed (and the invalidation callbacks ran). */
  isValid(): boolean;
}

const NAME = 'content';
/** On the isolated world's window: the messageId of the newest instance in this world. */
const NEWEST = '__deallensNewestInstance';
type WorldWindow = Window & { [NEWEST]?: string };

export function startPageHooks(ext: NativeExtension, win: Window = window): PageHooks {
  const doc = win.document;
  const started = `${ext.runtime.id}:content:wxt:content-script-started`;
  const messageId = Math.random().toString(36).slice(2);
  const onInvalid: (() => void)[] = [];
  const onLocation: (() => void)[] = [];
  let valid = true;
  let stopWatching = () => {};

  const invalidate = () => {
    if (!valid) return;
    valid = false;
    doc.removeEventListener(started, onStarted);
    stopWatching();
    for (const cb of onInvalid.splice(0)) {
      try {
        cb();
      } catch (e) {
        console.debug('[DealLens]', e);
      }
    }
  };
  const isValid = () => {
    if (valid && !ext.runtime?.id) invalidate();
    return valid;
  };
  function onStarted(e: Event) {
    const detail = (e as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
    const newest = (win as WorldWindow)[NEWEST];
    if (detail?.contentScriptName === NAME && newest !== messageId && detail.messageId === newest) invalidate();
  }

  // Record, then announce (so an older instance stops), then listen (for a newer one).
  (win as WorldWindow)[NEWEST] = messageId;
  doc.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: NAME, messageId } }));
  doc.addEventListener(started, onStarted);

  let url = win.location.href;
  const changedTo = (next: string) => {
    if (next === url || !isValid()) return;
    url = next;
    for (const cb of onLocation) cb();
  };
  const watchLocation = () => {
    const navigation = (win as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      const onNavigate = (e: Event) => changedTo((e as Event & { destination: { url: string } }).destination.url);
      navigation.addEventListener('navigate', onNavigate);
      stopWatching = () => navigation.removeEventListener('navigate', onNavigate);
    } else {
      const timer = setInterval(() => changedTo(win.location.href), 1000);
      stopWatching = () => clearInterval(timer);
    }
  };

  return {
    isValid,
    onInvalidated(cb) {
      if (valid) onInvalid.push(cb);
    },
    onLocationChange(cb) {
      if (!onLocation.length && valid) watchLocation();
      onLocation.push(cb);
    },
  };
}
