// Which feed URLs a reader may add, and the host permission each needs: the one policy, used by the
// options page before it asks for the permission and by the background before it stores the feed.
// Pure. Plain http only on the loopback hosts the manifest's permissions and CSP name.

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

type FeedUrlError = 'empty' | 'not-a-url' | 'credentials' | 'http-not-local' | 'scheme';

type FeedUrlCheck = { ok: true; url: string; origin: string; permission: string } | { ok: false; code: FeedUrlError };

/** Each refusal in words for a reader. */
export const FEED_URL_ERRORS: Record<FeedUrlError, string> = {
  empty: 'Enter the address of a feed.',
  'not-a-url': 'That is not a full web address (it should start with https://).',
  credentials: 'Feed addresses cannot contain a user name or password.',
  'http-not-local': 'Feeds must use https:// (plain http is allowed only for localhost and 127.0.0.1).',
  scheme: 'Feeds must use https://.',
};

/** https anywhere; plain http only on this machine (localhost, 127.0.0.1) for testing feeds. */
export function checkFeedUrl(input: string): FeedUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, code: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, code: 'credentials' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, code: 'http-not-local' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'scheme' };
  url.hash = '';
  // Match patterns take no port: one pattern covers every port of the host.
  const permission = `${url.protocol}//${url.hostname}/*`;
  return { ok: true, url: url.href, origin: url.origin, permission };
}
