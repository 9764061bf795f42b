import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Browser differences live here and only here.
// Icons: public/icon/{16,32,48,96,128}.png (scripts/make-icons.ts), picked up by WXT.
// Permissions are justified one by one in SECURITY.md; add none without a line there.
const FEED_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
// Extension pages and the background: only the extension's own code runs (no eval, no remote
// scripts, no plugins); network only to feeds (https, or http on loopback).
const CSP = [
  "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*", "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 in both browsers (Firefox 140+ runs it; `--mv2` still builds the old form).
  manifestVersion: 3,
  // The sources archive Mozilla's reviewers rebuild: code and data, not test or demo output.
  zip: { excludeSources: ['test/e2e/screenshots/**', 'demo/*.png', '.tmp/**', '**/*.log'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'DealLens',
    description:
      'Explains AI compute deal figures in the news, in place: normalized money, GPU counts, power, and known deals.',
    permissions: ['storage', 'alarms'],
    // Asked for one origin at a time when the reader adds a feed (options page); http only on loopback.
    // (MV2 has no optional_host_permissions: the same patterns go in optional_permissions.)
    ...(manifestVersion === 2 ? { optional_permissions: FEED_HOSTS } : { optional_host_permissions: FEED_HOSTS }),
    content_security_policy: manifestVersion === 2 ? CSP : { extension_pages: CSP },
    // The annotator bundle, imported by the content script only on pages with candidates.
    web_accessible_resources: manifestVersion === 2
      ? ['annotate.js']
      : [{ resources: ['annotate.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
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
