// The layer rule (scripts/layers.cjs, run by `npm run -s cycles`) catches the back-edges it names
// and lets the downward ones through.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

type Edge = [string, string];
const { layerViolations } = createRequire(import.meta.url)('../../scripts/layers.cjs') as {
  layerViolations(edges: Edge[]): string[];
};

describe('layer rule', () => {
  it('refuses lib/ importing components/ or entrypoints/', () => {
    const bad = layerViolations([
      ['lib/content/tooltip-wiring.ts', 'components/tooltip/host'],
      ['lib/background/start.ts', 'entrypoints/background'],
    ]);
    expect(bad).toHaveLength(2);
    expect(bad[0]).toContain('components/');
    expect(bad[1]).toContain('entrypoints/');
  });

  it('refuses an upward edge and lib/figures reaching into lib/extract', () => {
    expect(layerViolations([['lib/extract/money.ts', 'lib/dom/collect']])).toHaveLength(1);
    expect(layerViolations([['lib/deals/query.ts', 'lib/messages']])).toHaveLength(1);
    expect(layerViolations([['lib/figures/period.ts', 'lib/extract/types']])).toHaveLength(1);
  });

  it('lets downward and same-layer edges through, and ignores files outside lib/', () => {
    const ok = layerViolations([
      ['lib/content/scan.ts', 'lib/extract/index'],
      ['lib/messages.ts', 'lib/deals/queries'],
      ['lib/extract/types.ts', 'lib/figures/period'],
      ['lib/i18n.ts', 'public/_locales/en/messages.json'],
      ['components/popup/view.ts', 'lib/messages'],
      ['entrypoints/annotate.ts', 'components/tooltip/host'],
    ]);
    expect(ok).toEqual([]);
  });
});
