import { describe, expect, it } from 'vitest';
import { checkFeedUrl, FEED_URL_ERRORS } from './feed-url';

const code = (url: string) => {
  const r = checkFeedUrl(url);
  return r.ok ? 'ok' : r.code;
};

describe('checkFeedUrl', () => {
  it('accepts https feeds and asks for the whole host', () => {
    expect(checkFeedUrl('  https://feeds.example.org/deals.json#top ')).toEqual({
      ok: true,
      url: 'https://feeds.example.org/deals.json',
      origin: 'https://feeds.example.org',
      permission: 'https://feeds.example.org/*',
    });
  });

  it('allows plain http only on the loopback hosts the manifest grants, any port', () => {
    const local = checkFeedUrl('http://127.0.0.1:8123/feed.json');
    expect(local.ok && local.permission).toBe('http://127.0.0.1/*');
    expect(local.ok && local.origin).toBe('http://127.0.0.1:8123');
    expect(code('http://localhost:8080/feed.json')).toBe('ok');
    expect(code('http://feeds.example.org/feed.json')).toBe('http-not-local');
    // No host permission or CSP entry covers it: the options page once accepted it, the background not.
    expect(code('http://[::1]:8080/feed.json')).toBe('http-not-local');
  });

  it('refuses what is not a web address, each with its code and words', () => {
    expect(code('')).toBe('empty');
    expect(code('feeds.example.org/deals.json')).toBe('not-a-url');
    expect(code('ftp://example.org/feed.json')).toBe('scheme');
    expect(code('file:///f.json')).toBe('scheme');
    expect(code('javascript:alert(1)')).toBe('scheme');
    expect(code('https://user:pw@example.org/feed.json')).toBe('credentials');
    expect(FEED_URL_ERRORS['http-not-local']).toMatch(/https/);
  });
});
