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
  },
});
