import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/html-article';
import { collectText } from './collect';

const textOf = (html: string) => {
  const doc = parseDocument(`<html><body><article>${html}</article></body></html>`);
  return collectText(doc.querySelector('article')!).text;
};

describe('page furniture is not read', () => {
  it('skips share bars, screen-reader-only labels and clipped text', () => {
    expect(
      textOf(
        '<div class="share-bar"><a>Facebook</a> <a>LinkedIn</a></div><p>Story.</p>' +
          '<span class="sr-only">Share on LinkedIn</span><span ' +
          'style="position:absolute;clip:rect(1px,1px,1px,1px)">Apple</span>' +
          '<p style="visibility: hidden">Hidden $5 billion</p>',
      ),
    ).toBe('Story.');
  });

  it('skips related cards, promos, "Read more" lines and copyright lines, but keeps shared words inside names', () => {
    expect(
      textOf(
        '<p>One.</p><div class="related-card"><a>Other $3 billion</a></div><p><strong>Read more:</strong> ' +
          '<a>Other</a></p>' +
          '<p>© 2019 Media Inc.</p><div class="newsletter"><p>$5 a month</p></div><p class="shared-content">Two.</p>',
      ),
    ).toBe('One.\nTwo.');
  });

  it('reads <pre> text and the language of each block', () => {
    const doc = parseDocument(
      '<html lang="en"><body><article><pre>Loan:  €1.4 billion</pre><blockquote lang="de"><p>Zwei ' +
        'Milliarden.</p></blockquote><p>Back.</p></article></body></html>',
    );
    const map = collectText(doc.querySelector('article')!);
    expect(map.text).toBe('Loan: €1.4 billion\nZwei Milliarden.\nBack.');
    expect(map.langs).toEqual([
      { start: 0, lang: 'en' },
      { start: 19, lang: 'de' },
      { start: 36, lang: 'en' },
    ]);
  });
});
