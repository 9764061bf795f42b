import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextFromHtml, articleTextOf, parseDocument } from './html-article';
import { REAL_PAGES } from '../test/fixtures/pages/index';
import { createExtractor } from '../lib/extract/index';
import { loadExtractorContext } from './extract-context';

const DIR = join(import.meta.dirname, '../test/fixtures/pages');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** The page's article as its author marked it: the `data-bench-article` elements, less the
 *  furniture marked inside them and the text only the page's stylesheet hides (which no DOM
 *  without CSS can see), read by the page's own collection. */
function markedText(html: string): string {
  const doc = parseDocument(html);
  doc.querySelectorAll('[data-bench-noise], [data-bench-styled-hidden]').forEach((e) => e.remove());
  return articleTextOf(doc, doc.querySelector('[data-bench-article]')).text;
}

/** The CLI's text with what the stylesheet hides taken out the same way. */
function cliText(html: string): string {
  const doc = parseDocument(html);
  doc.querySelectorAll('[data-bench-styled-hidden]').forEach((e) => e.remove());
  return articleTextFromHtml(`<!doctype html>${doc.documentElement.outerHTML}`).text;
}

describe('articleTextFromHtml: the CLI reads the article the page reads', () => {
  it.each(REAL_PAGES.filter((p) => !p.dynamic).map((p) => [p.file]))('%s', (file) => {
    const html = read(file);
    const marked = markedText(html);
    const cli = cliText(html);
    // Live blogs: the root may also hold the feed's headline, which the marks leave out.
    expect(cli.endsWith(marked), `${file}:\n${cli}\n---\n${marked}`).toBe(true);
    expect(cli.length - marked.length).toBeLessThan(60);
  });

  it('finds the mentions each page is written to hold', { timeout: 60_000 }, () => {
    const extract = createExtractor(loadExtractorContext());
    for (const page of REAL_PAGES.filter((p) => !p.dynamic)) {
      const found = extract(articleTextFromHtml(read(page.file)).text).map((m) => `${m.type}:${m.text}`);
      expect(found, page.file).toEqual(expect.arrayContaining(page.expect));
    }
  });

  it('says the language of the document and of each block', () => {
    const { lang, blocks, text } = articleTextFromHtml(read('mixed-language.html'));
    expect(lang).toBe('en');
    const de = blocks!.find((b) => b.lang === 'de')!;
    expect(text.slice(de.start)).toMatch(/^Die Firma Schwarzwald/);
    expect(blocks!.filter((b) => b.start > de.start)[0]?.lang).toBe('en');
  });

  it('reads nothing from a page without an article, and fragments as a body', () => {
    expect(articleTextFromHtml('<div>Menu</div><p>Too little text.</p>').text).toBe('');
    expect(articleTextFromHtml('<article><h1>Big deal</h1><p>Acme &amp; Co paid €3 billion.</p></article>').text).toBe(
      'Big deal\nAcme & Co paid €3 billion.',
    );
  });
});
