import { defineConfig } from 'wxt';

// Manifest and build settings for both browsers. Browser differences live here and only here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'DealLens',
    description:
      'Explains AI compute deal figures in the news, in place: normalized money, GPU counts, power, and known deals.',
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deallens@deallens.dev',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
