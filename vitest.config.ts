import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'cli/**/*.test.ts',
      'eval/**/*.test.ts',
      'test/unit/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto', 'test/unit/i18n-setup.ts'],
    // A hang guard, not a speed check: property tests over IndexedDB and the linear-cost ratios take
    // seconds on a shared, loaded 2-core machine, past vitest's default 5 s.
    testTimeout: 60_000,
  },
});
