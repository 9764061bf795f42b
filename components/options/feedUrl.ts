// Which feed URLs a reader may add, and the host permission each needs. Pure.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type FeedUrlCheck = { ok: true; url: string; origin: string; permission: string } | { ok: false; error: string };

/** https anywhere; plain http only on this machine (localhost, 127.0.0.1) for testing feeds. */
export function checkFeedUrl(input: string): FeedUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the address of a feed.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'That is not a full web address (it should start with https://).' };
  }
  if (url.username || url.password)
    return { ok: false, error: 'Feed addresses cannot contain a user name or password.' };
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol === 'http:' && !loopback) {
    return { ok: false, error: 'Feeds must use https:// (plain http is allowed only for localhost).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'Feeds must use https://.' };
  }
  url.hash = '';
  // Match patterns take no port: one pattern covers every port of the host.
  const permission = `${url.protocol}//${url.hostname}/*`;
  return { ok: true, url: url.href, origin: url.origin, permission };
}
