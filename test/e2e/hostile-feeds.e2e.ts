// Hostile feeds against the real extension in Chromium: markup, javascript:/data: URLs, bidi
// controls, 10 MB strings, 100,000-deep nesting, duplicate ids, numbers as strings, ±Infinity,
// NaN, the year 99999. Each is rejected with an error naming its field (import and sync), and the
// cache stays exactly as it was; markup that is valid feed text is stored as typed and shown as
// text in the tooltip, the popup and the options page (no element, no handler, no script link).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/messages';
import { launchExtension, type Extension } from './harness';
import { ACCEPTED_ARTICLE, ACCEPTED_PHRASE, MARKUP, REJECTED, acceptedFeed } from '../fixtures/hostile/feeds';

let ext: Extension;
let options: Page;

type Reply<T> = T & { ok: boolean; error?: string };
const ask = <T>(page: Page, message: object) =>
  page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;

/** What "the cache stays as it was" means: the same totals and the same exported records. */
async function cacheSnapshot() {
  const status = await ask<SyncStatus>(options, { type: 'sync-status' });
  const { text } = await ask<{ text: string }>(options, { type: 'export-feed' });
  const exported = JSON.parse(text);
  return { totals: status.totals, companies: exported.companies, deals: exported.deals, reference: exported.reference };
}

/** Elements, handlers and links a hostile string would create if it were ever parsed as HTML
 *  (the extension's own bundles and in-page links are same-origin and allowed, and so is the one style
 *  sheet the pages build in <head> from the figure-kind registry: components/ui/kind-colors.ts). */
const INJECTED_JS =
  `(function (root) {
  var found = [], own = location.origin + '/';
  var ownSheet = 'head > style[data-deallens="kind-colors"]';
  root.querySelectorAll('img, svg, iframe, b, style:not(' + ownSheet + ')').forEach(function (e) { ` +
  `found.push(e.tagName); });
  root.querySelectorAll('script').forEach(function (e) { ` +
  `if (!e.src || e.src.indexOf(own) !== 0) found.push('script ' + e.src); });
  root.querySelectorAll('*').forEach(function (e) {
    for (var i = 0; i < e.attributes.length; i++) if (/^on/i.test(e.attributes[i].name)) ` +
  `found.push(e.tagName + '[' + e.attributes[i].name + ']');
  });
  root.querySelectorAll('a[href]').forEach(function (a) { ` +
  `if (!/^https?:/.test(a.href) && a.href.indexOf(own) !== 0) found.push('a[href=' + a.href + ']'); });
  return found;
})`;

beforeAll(async () => {
  ext = await launchExtension();
  ext.server.route('/favicon.ico', { status: 204 });
  options = await ext.openOptions();
  for (const end = Date.now() + 20_000; !(await ask<SyncStatus>(options, { type: 'sync-status' })).seeded;) {
    if (Date.now() > end) throw new Error('the bundled feed was not seeded');
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await ext?.close();
});

describe('hostile feeds in Chromium', () => {
  it('rejects each hostile import with an error naming the field; the cache stays as it was', async () => {
    const before = await cacheSnapshot();
    expect(before.totals.deals).toBeGreaterThan(0);
    for (const c of REJECTED) {
      const reply = await ask<object>(options, { type: 'import-feed', text: c.text() });
      console.log(`[hostile feed] ${c.name}: ${reply.ok ? 'ACCEPTED' : `rejected: ${reply.error?.slice(0, 150)}`}`);
      expect(reply.ok, c.name).toBe(false);
      expect(reply.error, c.name).toMatch(c.error);
    }
    expect(await cacheSnapshot()).toEqual(before);
  }, 120_000);

  it('shows a rejected import on the options page as text, even when the error quotes markup', async () => {
    const before = await cacheSnapshot();
    const text = JSON.stringify({ ...acceptedFeed(), deals: [{ ...acceptedFeed().deals[0], kind: MARKUP.title }] });
    await options.setInputFiles('#import-file', {
      name: '<img src=x onerror=alert(1)>.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const errors = options.locator('.import-errors');
    await errors.waitFor({ state: 'visible', timeout: 10_000 });
    const shown = await errors.innerText();
    expect(shown).toContain('deals[0].kind');
    expect(shown).toContain('<img src=x onerror=alert(1)>.json'); // the file name, as text
    expect(shown).toContain('<img src=x onerror='); // the quoted value, as text
    expect(await options.evaluate(`${INJECTED_JS}(document)`)).toEqual([]);
    expect(await cacheSnapshot()).toEqual(before);
  });

  it('rejects hostile feeds on sync too: the feed row names the field, the cache stays', async () => {
    const before = await cacheSnapshot();
    const url = ext.server.url('/feeds/hostile.json');
    let body = '';
    ext.server.route('/feeds/hostile.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body);
    });
    const bySync = REJECTED.filter((c) => /10 MB deal title|javascript: source|nested|1e999|99999/.test(c.name));
    expect(bySync.length).toBeGreaterThanOrEqual(5);
    for (const [i, c] of bySync.entries()) {
      body = c.text();
      const status = await ask<SyncStatus>(options, i === 0 ? { type: 'add-feed', url } : { type: 'sync-now' });
      const row = status.feeds.find((f) => f.url === url);
      expect(row?.lastError, c.name).toMatch(c.error);
      expect(status.totals, c.name).toEqual(before.totals);
    }
    await ask<SyncStatus>(options, { type: 'remove-feed', url });
    expect(await cacheSnapshot()).toEqual(before);
  }, 120_000);

  it('stores markup that is valid feed text as typed and shows it as text in the tooltip and the popup', async () => {
    const imported = await ask<{ deals: number }>(options, {
      type: 'import-feed',
      text: JSON.stringify(acceptedFeed()),
    });
    expect(imported).toMatchObject({ ok: true, deals: 1 });
    const { text } = await ask<{ text: string }>(options, { type: 'export-feed' });
    const stored = JSON.parse(text).deals.find((d: { id: string }) => d.id === 'hostile-markup');
    expect(stored).toMatchObject({
      title: MARKUP.title,
      location: MARKUP.location,
      sources: [{ url: MARKUP.sourceUrl, title: MARKUP.sourceTitle }],
    });

    ext.server.route('/hostile/feed-article.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: ACCEPTED_ARTICLE,
    });
    const page = await ext.openPage('/hostile/feed-article.html');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await ext.hoverText(page, ACCEPTED_PHRASE);
    const tooltip = await ext.readTooltip(page);
    expect(tooltip).toContain(MARKUP.title);
    expect(tooltip).toContain(MARKUP.party);
    expect(tooltip).toContain(MARKUP.sourceTitle);
    const inShadow = await ext.tooltip.evaluate(page, `${INJECTED_JS}(root)`);
    expect(inShadow).toEqual([]);
    const links = await ext.tooltip.evaluate(
      page,
      `Array.from(root.querySelectorAll('a[href]'), function (a) { return a.href; })`,
    );
    expect(links).toContain(new URL(MARKUP.sourceUrl).href); // escaped by the URL parser, an https link
    await page.waitForTimeout(300); // an onerror/onload, had one been created, would have run by now
    expect(await page.title()).toBe('Capacity deal');

    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const item = popup
      .getByRole('list', { name: 'Deals this article reports' })
      .locator('.report', { hasText: 'leases' });
    await item.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await item.first().innerText()).toContain(MARKUP.title);
    expect(await popup.evaluate(`${INJECTED_JS}(document)`)).toEqual([]);
    expect(await popup.title()).not.toMatch(/pwned/);
    expect(pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);
});
