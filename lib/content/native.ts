// The browser's own extension API, for the content script's loader only.
//
// A deliberate exception to "only lib/messages etc. touch `browser` from 'wxt/browser'": the loader
// runs on every page, and DESIGN.md gives a page with nothing to annotate under 2 ms of our
// main-thread time. webextension-polyfill alone costs ≈2 ms to evaluate, and WXT's storage items
// each start a storage read when defined. What the loader needs is promise-based natively in MV3
// Chrome (`chrome`) and in Firefox (`browser`): one storage.local.get, storage.onChanged,
// runtime.sendMessage / onMessage and runtime.getURL. Everything else (the annotator bundle,
// popup, options, background) keeps the polyfill through 'wxt/browser'.
// wxt.config.ts keeps the polyfill (and WXT's content-script context: ./page-hooks.ts) out of the
// content-script build.

type Listener<A extends unknown[]> = {
  addListener(cb: (...args: A) => unknown): void;
  removeListener(cb: (...args: A) => unknown): void;
};

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The part of the extension API the loader uses, as both browsers provide it natively. */
export interface NativeExtension {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: Listener<[changes: Record<string, StorageChange>, areaName: string]>;
  };
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[message: unknown, sender: unknown, sendResponse: (r: unknown) => void]>;
  };
}

/** Firefox's `browser` (when it is the extension's), else Chrome's `chrome`. Read when called, so
 *  tests can install a fake. */
export function nativeExtension(): NativeExtension {
  const g = globalThis as { browser?: NativeExtension; chrome?: NativeExtension };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as NativeExtension;
}
