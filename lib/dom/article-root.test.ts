import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/html-article';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleRootSearch, findArticleRoot } from './article-root';

const para = (s: string, n = 4) => Array.from({ length: n }, (_, i) => `<p>${s} Paragraph ${i} goes on.</p>`).join('');
const story = para('Orrin Capital agreed to fund a new data center campus in the hills, the company said on Tuesday.');
const rootOf = (body: string) => findArticleRoot(parseDocument(`<html><body>${body}</body></html>`));

describe('findArticleRoot', () => {
  it('takes the block of the story paragraphs over teaser cards and comments in <article>s', () => {
    const cards =
      '<article class="card"><a href="/x"><h3>A teaser</h3></a><p>Short teaser line here.</p></article>'.repeat(8);
    expect(rootOf(`<div id="story">${story}</div><section>${cards}</section>`)?.id).toBe('story');
    const comment = '<article><p>I think this is a bubble and it will pop soon, believe me.</p></article>';
    const comments = `<section class="thread">${comment.repeat(10)}</section>`;
    expect(rootOf(`<div id="story">${story}</div>${comments}`)?.id).toBe('story');
  });

  it('does not let a schema articleBody holding a gallery of other stories win', () => {
    const card = '<div><a href="/g">Another story worth reading</a><p>Caption of one picture.</p></div>';
    const gallery = `<div itemprop="articleBody">${card.repeat(50)}</div>`;
    expect(rootOf(`<div id="story">${story}</div>${gallery}`)?.id).toBe('story');
  });

  it('widens to the article landmark around the paragraphs (headline and byline) but not to a busy main', () => {
    expect(rootOf(`<main><article id="a"><h1>Title</h1><div class="body">${story}</div></article></main>`)?.id).toBe(
      'a',
    );
    const other = para('Unrelated long text of another kind fills this column to the brim.', 3);
    const busy = `<main id="m"><div id="story">${story}</div><div>${other}</div></main>`;
    expect(rootOf(busy)?.id).toBe('story');
  });

  it('adds up a live blog: posts in one feed', () => {
    const posts = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="post"><time>10:0${i}</time><p>Update ${i}: a provider said it had added more capacity ` +
        'to its cloud today, and more is on the way.</p></div>',
    ).join('');
    const one = para('A single other block of prose sits right here on its own.', 1);
    expect(rootOf(`<div id="feed">${posts}</div><div id="one">${one}</div>`)?.id).toBe('feed');
  });

  it('falls back to the longest article or main, and never to the whole body', () => {
    expect(rootOf('<article id="a">Short one</article><article id="b">A longer article text</article>')?.id).toBe('b');
    expect(rootOf('<div role="main" id="m">Hello</div>')?.id).toBe('m');
    expect(rootOf('<div>Menu</div><p>Too little text.</p>')).toBeNull();
  });
  it('finds the same root in steps of a few paragraphs as in one go, on every real-structure page', () => {
    const dir = join(import.meta.dirname, '../../test/fixtures/pages');
    const item = '<li><div><p>A comment that runs on long enough to count as a paragraph here.</p></div></li>';
    const thread = `<div id="story">${story}</div><ol>${item.repeat(40)}</ol>`;
    const pages = [
      `<html><body>${thread}</body></html>`,
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    ];
    for (const html of pages) {
      const doc = parseDocument(html);
      const search = articleRootSearch(doc, 7);
      let steps = 1;
      while (!search.step()) steps++;
      expect(search.root).toBe(findArticleRoot(doc));
      if (html.includes('A comment that runs on')) expect(steps).toBeGreaterThan(5);
    }
  });
});
