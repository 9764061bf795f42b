import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Browser differences live here and only here.
// Icons: public/icon/{16,32,48,96,128}.png (scripts/make-icons.ts), picked up by WXT.
// Permissions are justified one by one in SECURITY.md; add none without a line there.
const FEED_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
// Extension pages and the background: only the extension's own code runs (no eval, no remote
// scripts, no plugins); network only to feeds (https, or http on loopback).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

// The content script runs on every page, so its build leaves webextension-polyfill and WXT's storage
// module out (DESIGN.md: a quiet page costs under 2 ms; the polyfill alone takes ≈2 ms to evaluate,
// and each storage item reads storage when defined). Its own code reaches the browser natively
// (lib/content/native.ts); lib/messages' helpers get WXT's native accessor for 'wxt/browser'.
// lib/settings.ts's storage items are pure-annotated and unused there, so they drop out; should one
// ever be used in this bundle, the stub below fails loudly at load. WXT's ContentScriptContext
// (≈0.7 ms per page) is left out too: entrypoints/content.ts ignores the context WXT passes and
// uses lib/content/page-hooks.ts (invalidation, SPA location changes); the stub below fails
// loudly should anything touch it.
const NO_STORAGE = '\0deallens:no-storage-in-content-script';
const NO_CONTEXT = '\0deallens:no-wxt-context-in-content-script';
const nativeBrowserInContentScript = {
  name: 'deallens:native-browser-in-content-script',
  enforce: 'pre' as const,
  resolveId(
    this: { resolve(id: string, importer?: string, o?: object): Promise<unknown> },
    id: string,
    importer?: string,
  ) {
    if (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser')
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    if (id === 'wxt/utils/storage') return NO_STORAGE;
    if (id === 'wxt/utils/content-script-context') return NO_CONTEXT;
    return null;
  },
  load(id: string) {
    if (id === NO_CONTEXT) {
      return (
        'export class ContentScriptContext { constructor() { return new Proxy({}, { get(_, key) { ' +
        "throw new Error('WXT\\'s content-script context is not in the content script " +
        "(lib/content/page-hooks.ts): ' + " +
        'String(key)); } }); } }'
      );
    }
    if (id !== NO_STORAGE) return null;
    return (
      'export const storage = /* @__PURE__ */ new Proxy({}, { get() { ' +
      "throw new Error('WXT storage is not in the content script: " +
      "read settings with lib/content/settings-state.ts'); " +
      '} });'
    );
  },
};

// The annotator runs most of its functions on the first page it reads (extraction, reading, marks): the
// compile hint below (V8, Chromium 136+; a comment elsewhere) compiles them all with the bundle, off the main
// thread while the import streams, instead of one by one inside the first extraction and reading slices.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const eagerAnnotator = {
  name: 'deallens:eager-annotator',
  generateBundle(_: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.fileName === 'annotate.js') chunk.code = COMPILE_HINT + chunk.code;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((e) => e.name === 'annotate')) config.plugins = [...(config.plugins ?? []), eagerAnnotator];
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), nativeBrowserInContentScript];
    },
  },
  // Manifest V3 in both browsers (Firefox 140+ runs it; `--mv2` still builds the old form).
  manifestVersion: 3,
  // The sources archive Mozilla's reviewers rebuild: code and data, not test or demo output.
  zip: { excludeSources: ['test/e2e/screenshots/**', 'demo/*.png', '.tmp/**', '**/*.log'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and command texts from public/_locales (English is the fallback).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms'],
    // Keyboard shortcuts through the browser, so readers can change them (chrome://extensions/shortcuts,
    // Firefox's add-on shortcuts); the background relays each to the tab's content script.
    commands: {
      'next-mark': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandNextMark__' },
      'previous-mark': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPreviousMark__' },
    },
    // Asked for one origin at a time when the reader adds a feed (options page); http only on loopback.
    // (MV2 has no optional_host_permissions: the same patterns go in optional_permissions.)
    ...(manifestVersion === 2 ? { optional_permissions: FEED_HOSTS } : { optional_host_permissions: FEED_HOSTS }),
    content_security_policy: manifestVersion === 2 ? CSP : { extension_pages: CSP },
    // The annotator bundle, imported by the content script only on pages with candidates.
    web_accessible_resources:
      manifestVersion === 2
        ? ['annotate.js']
        : [
            {
              resources: ['annotate.js'],
              matches: ['<all_urls>'],
              ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android);
            // a lower minimum makes addons-linter warn that the declaration may be ignored.
            gecko: {
              id: 'deallens@deallens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
