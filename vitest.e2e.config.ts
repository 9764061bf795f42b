import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian Chromium; one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
