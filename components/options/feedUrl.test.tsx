import { describe, expect, it } from 'vitest';
import { checkFeedUrl } from './feedUrl';

describe('checkFeedUrl', () => {
  it('accepts https feeds and asks for the whole host', () => {
    const r = checkFeedUrl('  https://feeds.example.org/deals.json#top ');
    expect(r).toEqual({
      ok: true,
      url: 'https://feeds.example.org/deals.json',
      origin: 'https://feeds.example.org',
      permission: 'https://feeds.example.org/*',
    });
  });

  it('allows plain http only on this machine, any port', () => {
    const local = checkFeedUrl('http://127.0.0.1:8123/feed.json');
    expect(local.ok && local.permission).toBe('http://127.0.0.1/*');
    expect(local.ok && local.origin).toBe('http://127.0.0.1:8123');
    expect(checkFeedUrl('http://localhost/feed.json').ok).toBe(true);
    const remote = checkFeedUrl('http://feeds.example.org/feed.json');
    expect(remote.ok).toBe(false);
    expect(!remote.ok && remote.error).toMatch(/https/);
  });

  it('rejects what is not a web address', () => {
    expect(checkFeedUrl('').ok).toBe(false);
    expect(checkFeedUrl('feeds.example.org/deals.json').ok).toBe(false);
    expect(checkFeedUrl('ftp://example.org/feed.json').ok).toBe(false);
    expect(checkFeedUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkFeedUrl('https://user:pw@example.org/feed.json').ok).toBe(false);
  });
});
