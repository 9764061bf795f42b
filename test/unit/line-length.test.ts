// No source line over 120 characters (issue #15). Prettier's printWidth is 120, but Prettier leaves
// long string literals, regular expressions and comments as they are, so this check keeps them short
// too. Characters are Unicode code points: a Japanese test sentence counts one per character, not the
// three bytes `awk` (mawk) would count for each.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIMIT = 120;

// Files other branches were editing when the rule was introduced: their lines are fixed after those
// branches merge, and then this list is emptied. Do not add to it; split the line instead.
const NOT_YET: ReadonlySet<string> = new Set([
  'bench/cost-pages.ts',
  'bench/cost.bench.ts',
  'bench/extract.bench.ts',
  'bench/pages.bench.ts',
  'lib/content/loader.ts',
  'lib/content/scan.test.ts',
  'lib/content/scan.ts',
  'lib/content/trail.ts',
  'lib/content/yield.ts',
  'lib/dom/article-root.test.ts',
  'lib/dom/article-root.ts',
  'lib/dom/marks.ts',
  'lib/dom/near-viewport.test.ts',
  'lib/dom/near-viewport.ts',
  'lib/extract/accelerators.ts',
  'lib/extract/companies.ts',
  'lib/extract/context.ts',
  'lib/extract/currency.ts',
  'lib/extract/document.ts',
  'lib/extract/gpu.ts',
  'lib/extract/index.test.ts',
  'lib/extract/money.ts',
  'lib/extract/numbers.ts',
  'lib/extract/power.ts',
  'lib/extract/unknown-companies.ts',
  'lib/reading/clauses.ts',
  'lib/reading/cues.test.ts',
  'lib/reading/cues.ts',
  'lib/reading/held-deals.ts',
  'lib/reading/index.ts',
  'lib/reading/status.ts',
  'lib/util/word-table.ts',
  'test/e2e/annotate-helpers.ts',
  'test/e2e/interrupted-write.e2e.ts',
  'test/e2e/lookup-all.e2e.ts',
  'test/e2e/marks-probe.ts',
  'test/e2e/private-window.e2e.ts',
  'test/e2e/real-pages.e2e.ts',
  'test/fixtures/hostile/probe.ts',
  'wxt.config.ts',
]);

/** "file:line (n chars)" for each line of `text` longer than LIMIT. */
function longLines(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const length = [...line].length;
    return length > LIMIT ? [`${file}:${i + 1} (${length} chars)`] : [];
  });
}

describe('line length', () => {
  it(`no tracked .ts, .tsx or .cjs line is over ${LIMIT} characters`, () => {
    const files = execFileSync('git', ['ls-files', '-z', '*.ts', '*.tsx', '*.cjs'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !NOT_YET.has(file));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => longLines(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('counts characters, not bytes, and names the long line (so the check above can fail)', () => {
    expect(longLines('a.ts', 'x'.repeat(LIMIT))).toEqual([]);
    expect(longLines('a.ts', '円'.repeat(LIMIT))).toEqual([]);
    expect(longLines('a.ts', `short\n${'x'.repeat(LIMIT + 1)}`)).toEqual([`a.ts:2 (${LIMIT + 1} chars)`]);
  });
});
