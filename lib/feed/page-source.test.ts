import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageSource, sourceOfPage } from './page-source';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

const page = (head: string, body = '<p>Body text.</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageSource', () => {
  it('prefers the Open Graph address and headline, and takes the day of the publication time', () => {
    const html = page(`
      <title>Brindle Compute signs lease | The Daily Wire-Fox</title>
      <link rel="canonical" href="https://wirefox.example/canonical/brindle">
      <meta property="og:title" content="Brindle Compute signs a $2 billion lease with Quarry Labs">
      <meta content="https://wirefox.example/2026/03/brindle-lease" property="og:url">
      <meta property="article:published_time" content="2026-03-04T23:30:00-05:00">`);
    expect(pageSource(parse(html))).toEqual({
      url: 'https://wirefox.example/2026/03/brindle-lease',
      title: 'Brindle Compute signs a $2 billion lease with Quarry Labs',
      date: '2026-03-04',
    });
  });

  it('falls back to the canonical link and the <title>, decoding entities', () => {
    const html = page(`<TITLE>Osprey &amp; Finch agree a chip deal</TITLE>
      <link href='https://birds.example/osprey-finch' rel='alternate canonical'>`);
    expect(pageSource(parse(html))).toEqual({
      url: 'https://birds.example/osprey-finch',
      title: 'Osprey & Finch agree a chip deal',
      date: null,
    });
  });

  it('accepts the other usual spellings of the publication date', () => {
    expect(pageSource(parse(page('<meta itemprop="datePublished" content="2025-12-31">'))).date).toBe('2025-12-31');
    expect(pageSource(parse(page('<meta name=pubdate content=2026-01-02T08:00Z>'))).date).toBe('2026-01-02');
    expect(pageSource(parse(page('<meta name="date" content="yesterday">'))).date).toBeNull();
  });

  it('refuses addresses that are not http(s) and ignores tags in the body', () => {
    const html = page(
      '<meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="file:///etc/passwd">',
      '<meta property="og:title" content="Injected in the body"><link rel="canonical" href="https://late.example/">',
    );
    expect(pageSource(parse(html))).toEqual({ url: null, title: null, date: null });
    expect(sourceOfPage(pageSource(parse(html)))).toBeNull();
  });

  it('makes a source record, the address standing in for a missing title', () => {
    const source = sourceOfPage(pageSource(parse(page('<link rel="canonical" href="https://x.example/a">'))));
    expect(source).toEqual({ url: 'https://x.example/a', title: 'https://x.example/a', date: null });
  });
});

describe('the saved articles in test/fixtures/publish', () => {
  it('each declare an address, a headline and a day', () => {
    const dir = 'test/fixtures/publish';
    const sources = readdirSync(dir).map((f) => sourceOfPage(pageSource(parse(readFileSync(join(dir, f), 'utf8')))));
    expect(sources).toHaveLength(7);
    for (const s of sources)
      expect(s).toMatchObject({
        url: expect.stringMatching(/^https:\/\/[a-z]+\.example\//),
        date: expect.stringMatching(/^2026-\d\d-\d\d$/),
      });
    expect(sources.map((s) => s?.title)).toContain('Meta widens CoreWeave deal with more capacity');
  });
});
