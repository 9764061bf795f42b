// Privacy: a whole reading session (two articles, hovering, the popup, the options page, a feed
// added and synced) while Chromium's net log records every request the browser makes. The
// extension may contact the configured feed URL and nothing else; the content script fetches
// nothing; no request carries the page's text or address. A cookie for the feed's host is
// planted first (pages get it; the feed request must not), and the reading trail is switched on
// (it records, and never leaves the browser).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build';
import { launchExtension, type Extension } from './harness';
import { urlRequests, type LoggedUrlRequest } from './netlog';

const FEED_PATH = '/feeds/privacy-feed.json';
const PAGES = ['sample-article.html', 'ui/colossus-article.html'];
// Words only the articles contain; none may leave the page.
const PAGE_WORDS = ['Halvorsen', 'Abilene', 'Tanaka-Ross', 'sample-article', 'colossus-article'];

let ext: Extension;
let dir: string;
let requests: LoggedUrlRequest[] = [];

const COOKIE = 'dl_planted=for-127-0-0-1';

async function session(): Promise<void> {
  await ext.context.addCookies([{ name: 'dl_planted', value: 'for-127-0-0-1', domain: '127.0.0.1', path: '/' }]);
  ext.server.route(FEED_PATH, {
    headers: { 'content-type': 'application/json', etag: '"p1"' },
    body: readFileSync(join(ROOT, 'test/fixtures/ui/tensorwave-feed.json'), 'utf8'),
  });
  const options = await ext.openOptions();
  const ask = (msg: object) => options.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg);
  await expect.poll(async () => (await ask({ type: 'sync-status' })).seeded, { timeout: 15_000 }).toBe(true);
  const trail = options.getByRole('switch', { name: /Remember the deals found on pages I read/ });
  await expect.poll(() => trail.isDisabled(), { timeout: 10_000 }).toBe(false);
  await trail.check();
  expect((await ask({ type: 'add-feed', url: ext.server.url(FEED_PATH) })).ok).toBe(true);
  expect((await ask({ type: 'sync-now' })).ok).toBe(true);
  await expect
    .poll(() => ext.server.requests.filter((r) => r.url === FEED_PATH).length, { timeout: 15_000 })
    .toBeGreaterThan(0);

  const article = await ext.openPage(PAGES[0]);
  await ext.hoverText(article, '$1.2 billion a month');
  expect(await ext.readTooltip(article)).toContain('$14.4B');
  // A page cannot probe for DealLens at a fixed address (the annotator uses a dynamic URL).
  const probe = (file: string) =>
    article.evaluate(
      (u) =>
        fetch(u).then(
          () => 'loaded',
          () => 'blocked',
        ),
      `chrome-extension://${ext.id}/${file}`,
    );
  expect([await probe('annotate.js'), await probe('manifest.json'), await probe('popup.html')]).toEqual([
    'blocked',
    'blocked',
    'blocked',
  ]);
  const popup = await ext.openPopup(await ext.tabIdOf(article));
  await popup.waitForLoadState('load');
  const second = await ext.openPage(PAGES[1]);
  await ext.hoverText(second, '$1.25 billion a month');
  await ext.readTooltip(second);
  expect((await ask({ type: 'sync-now' })).ok).toBe(true); // the second sync is a conditional request
  await expect
    .poll(() => ext.server.requests.filter((r) => r.url === FEED_PATH).length, { timeout: 15_000 })
    .toBeGreaterThan(1);
  // The trail was recorded (so the net log below covers a session that had one to leak).
  await expect
    .poll(async () => (await ask({ type: 'explore-data' })).trail.length, { timeout: 15_000 })
    .toBeGreaterThan(0);
}

let netlog: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deallens-netlog-'));
  netlog = join(dir, 'netlog.json');
  ext = await launchExtension({ args: [`--log-net-log=${netlog}`] });
});
afterAll(async () => {
  await ext?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('privacy: requests during a full session (cookie planted, reading trail on)', () => {
  it('reads two articles, opens the popup and options, adds and syncs a feed', async () => {
    await session();
    await ext.close(); // the net log is complete once the browser has exited
    requests = urlRequests(netlog);
    expect(requests.length).toBeGreaterThan(0);
  }, 120_000);

  it('the extension contacted the configured feed URL and nothing else', () => {
    const fromExtension = requests.filter((r) => r.initiator === `chrome-extension://${ext.id}`);
    console.log('requests from the extension:', [...new Set(fromExtension.map((r) => `${r.method} ${r.url}`))]);
    expect(fromExtension.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fromExtension.map((r) => r.url))).toEqual(new Set([ext.server.url(FEED_PATH)]));
  });

  it('the pages loaded only themselves: the content script fetched nothing', () => {
    const fromPages = requests.filter((r) => r.initiator === ext.server.origin);
    const allowed = new Set(['/favicon.ico']);
    expect(fromPages.map((r) => new URL(r.url).pathname).filter((p) => !allowed.has(p))).toEqual([]);
    const loopback = ext.server.requests.map((r) => r.url.split('?')[0]);
    expect(new Set(loopback)).toEqual(
      new Set([FEED_PATH, ...PAGES.map((p) => `/${p}`), ...loopback.filter((p) => allowed.has(p))]),
    );
  });

  it('no request carried page text or the page address', () => {
    // The planted cookie is real: the browser sent it with the articles.
    expect(ext.server.requests.filter((r) => r.url === `/${PAGES[0]}`)[0]?.headers.cookie).toContain(COOKIE);
    const feedRequests = ext.server.requests.filter((r) => r.url === FEED_PATH);
    for (const r of feedRequests) {
      const sent = `${r.url} ${JSON.stringify(r.headers)} ${r.body}`;
      for (const word of PAGE_WORDS) expect(sent).not.toContain(word);
      expect(r.method).toBe('GET');
      expect(r.headers.cookie).toBeUndefined();
    }
    const elsewhere = requests.filter((r) => !r.url.startsWith(ext.server.origin));
    for (const r of elsewhere) for (const word of PAGE_WORDS) expect(r.url).not.toContain(word);
    // Chromium's own background calls (sign-in, updates) are the browser's, not DealLens's: they
    // never start from the extension or a page, and the hermetic resolver stops them anyway.
    expect(elsewhere.filter((r) => r.initiator !== 'not an origin')).toEqual([]);
  });
});
