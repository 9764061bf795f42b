// No page or feed text ever becomes HTML or code: the extension's sources contain none of the
// sinks that could make it so. (Preact's own runtime has an innerHTML path, reachable only through
// dangerouslySetInnerHTML, which this check keeps out of our code.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SINK_NAMES = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'dangerouslySetInnerHTML',
  String.raw`document\.write`,
  'createContextualFragment',
  'new Function',
  'eval',
];
const SINKS = new RegExp(String.raw`\b(${SINK_NAMES.join('|')})\b|\bsetTimeout\(\s*['"` + '`]');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('HTML and code sinks', () => {
  it('appear nowhere in the extension sources', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), at: `${relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => SINKS.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('the pattern catches each sink (so the check above can fail)', () => {
    for (const bad of [
      'el.innerHTML = x',
      'n.insertAdjacentHTML("beforeend", s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'eval(code)',
      'new Function("x")',
      "setTimeout('run()', 1)",
      'document.write(s)',
    ]) {
      expect(SINKS.test(bad), bad).toBe(true);
    }
    expect(SINKS.test('el.textContent = x')).toBe(false);
  });
});
