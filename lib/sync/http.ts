// Fetching a feed: a conditional GET with a timeout over the whole exchange (headers and body)
// and a byte limit counted while streaming, so a hostile or broken server can neither hang the
// background nor fill its memory. Errors are messages a reader can act on.

interface Validators {
  etag: string | null;
  lastModified: string | null;
}

type FetchOutcome = { status: 'not-modified' } | ({ status: 'ok'; text: string } & Validators);

interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

class FeedFetchError extends Error {}

/** Same-origin redirects followed before giving up (a loop or a long chain is a broken server). */
const MAX_REDIRECTS = 3;

/**
 * Where a redirect answer points, if the feed may go there: only within the origin the reader
 * granted. Browsers hide a redirect's target from `redirect: 'manual'` (an opaque answer), so
 * there a redirect is refused outright. Throws a FeedFetchError a reader can act on. Pure.
 */
export function redirectTarget(from: string, status: number, location: string | null): string {
  const origin = new URL(from).origin;
  if (status === 0 || !location)
    throw new FeedFetchError(
      `the server redirected the feed to an address DealLens cannot check; ` +
        `redirects are refused, add the feed's final address instead`,
    );
  const target = new URL(location, from);
  if (target.origin !== origin)
    throw new FeedFetchError(
      `the server redirected the feed from ${origin} to ${target.origin}; ` +
        `a redirect that leaves the feed's origin is refused`,
    );
  return target.href;
}

const isRedirect = (res: Response) =>
  res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304);

/** If-None-Match / If-Modified-Since from the last successful response. Pure. */
function conditionalHeaders(v: Validators): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (v.etag) headers['If-None-Match'] = v.etag;
  if (v.lastModified) headers['If-Modified-Since'] = v.lastModified;
  return headers;
}

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedFetchError(`feed is larger than the ${maxBytes}-byte limit`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function fetchFeed(url: string, validators: Validators, options: FetchOptions): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let res: Response;
    for (let target = url, hops = 0; ; hops++) {
      res = await (options.fetch ?? fetch)(target, {
        headers: conditionalHeaders(validators),
        signal: controller.signal,
        cache: 'no-store', // our own validators decide; the HTTP cache must not answer for the server
        credentials: 'omit',
        // Followed by hand, so that no request ever goes to a host the reader did not grant.
        redirect: 'manual',
      });
      if (!isRedirect(res)) break;
      await res.body?.cancel().catch(() => undefined);
      if (hops === MAX_REDIRECTS)
        throw new FeedFetchError(`the server redirected the feed more than ${MAX_REDIRECTS} times`);
      target = redirectTarget(target, res.status, res.headers.get('location'));
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`server answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > options.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`feed is larger than the ${options.maxBytes}-byte limit (${declared} bytes declared)`);
    }
    if (/text\/html/i.test(res.headers.get('content-type') ?? '')) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`server answered with an HTML page (HTTP ${res.status}), not a JSON feed`);
    }
    const text = res.body ? await readLimited(res.body, options.maxBytes) : '';
    return { status: 'ok', text, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
  } catch (e) {
    if (controller.signal.aborted)
      throw new FeedFetchError(`no complete answer within ${options.timeoutMs} ms (timed out)`);
    if (e instanceof FeedFetchError) throw e;
    if (e instanceof TypeError && /decode|encoding/i.test(e.message))
      throw new FeedFetchError('feed is not valid UTF-8');
    const message = (e as Error).message;
    // What fetch says when the host is unreachable, refuses us, or is not readable by the extension.
    const hint = /failed to fetch|networkerror|fetch failed/i.test(message)
      ? ' (is the host reachable, and does DealLens have permission to read it?)'
      : '';
    throw new FeedFetchError(`network error: ${message}${hint}`);
  } finally {
    clearTimeout(timer);
  }
}
