// The unused-export scan (scripts/unused-exports.ts) on invented files: what counts as a use.
import { describe, expect, it } from 'vitest';
import { findUnused, isTestFile, scanFile } from '../../scripts/unused-exports';

/** Resolves './x' against an invented tree of files (no disk). */
function scanAll(tree: Record<string, string>) {
  const resolveSpec = (from: string, spec: string) => {
    const dir = from.split('/').slice(0, -1).join('/');
    const name = `${dir}/${spec.replace(/^\.\//, '')}.ts`;
    return name in tree ? name : null;
  };
  return findUnused(new Map(Object.entries(tree).map(([f, text]) => [f, scanFile(f, text, resolveSpec)])));
}

describe('unused exports', () => {
  it('finds exports no other file imports, functions, constants and types alike', () => {
    const { unused } = scanAll({
      'lib/a.ts':
        'export function used() {}\nexport function unusedFn() {}\nexport const LIMIT = 3;\nexport ' +
        'interface Shape { x: number }',
      'lib/b.ts': "import { used } from './a';\nused();",
    });
    expect(unused.sort()).toEqual(['lib/a.ts: LIMIT', 'lib/a.ts: Shape', 'lib/a.ts: unusedFn']);
  });

  it('follows re-exports and star exports to the file that declares the name', () => {
    const { unused } = scanAll({
      'lib/core.ts': 'export const one = 1;\nexport const two = 2;\nexport type Three = 3;',
      'lib/index.ts': "export { one } from './core';\nexport * from './core';",
      'lib/use.ts': "import { one, two } from './index';",
    });
    expect(unused).toEqual(['lib/core.ts: Three']);
  });

  it('counts a namespace or dynamic import as a use of everything, and tests as importers', () => {
    const { unused, testOnly } = scanAll({
      'lib/ns.ts': 'export const a = 1;\nexport const b = 2;',
      'lib/lazy.ts': 'export function run() {}',
      'lib/pure.ts': 'export function helper() {}',
      'lib/main.ts': "import * as ns from './ns';\nvoid import('./lazy');",
      'lib/pure.test.ts': "import { helper } from './pure';",
    });
    expect(unused).toEqual([]);
    expect(testOnly).toEqual(['lib/pure.ts: helper']);
  });

  it('knows test files and support files from code', () => {
    expect(
      ['lib/x.test.ts', 'test/e2e/harness.ts', 'lib/extract/test-support.ts', 'lib/sync/test-server.ts'].every(
        isTestFile,
      ),
    ).toBe(true);
    expect(['lib/content/scan.ts', 'lib/figures/period.ts'].some(isTestFile)).toBe(false);
  });
});
