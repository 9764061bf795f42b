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
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => longLines(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('counts characters, not bytes, and names the long line (so the check above can fail)', () => {
    expect(longLines('a.ts', 'x'.repeat(LIMIT))).toEqual([]);
    expect(longLines('a.ts', '円'.repeat(LIMIT))).toEqual([]);
    expect(longLines('a.ts', `short\n${'x'.repeat(LIMIT + 1)}`)).toEqual([`a.ts:2 (${LIMIT + 1} chars)`]);
  });
});
