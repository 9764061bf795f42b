import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('takes the article body and skips scripts, styles and navigation', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><nav>Home | $1 deals</nav>
      <article><h1>Big deal</h1><script>var x = "$5 billion";</script><p>Acme &amp; Co paid &euro;3&nbsp;billion.</p>
      <aside>Ad: $9</aside><p>It needs 2&#160;GW.</p></article><footer>(c)</footer></body></html>`;
    expect(htmlToText(html)).toBe('Big deal\nAcme & Co paid €3 billion.\nIt needs 2 GW.');
  });
  it('falls back to the body and survives broken markup', () => {
    expect(htmlToText('<body><p>One <b>two</b></p><div>three <unclosed')).toBe('One two\nthree');
    expect(htmlToText('plain text')).toBe('plain text');
  });
});
