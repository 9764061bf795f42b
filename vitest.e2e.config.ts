import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian Chromium; one file at a time (2 cores).
// The global setup fails loudly without Chromium and builds the extension once if it is stale.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
