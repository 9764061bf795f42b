import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');

describe('the packaged sample article', () => {
  it('is demo/sample-article.html plus the script that annotates it', () => {
    const packaged = read('../../entrypoints/sample/index.html').replace(
      '  <script type="module" src="./main.ts"></script>\n',
      '',
    );
    expect(packaged).toBe(read('../../demo/sample-article.html'));
  });
});
