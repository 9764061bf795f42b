// The options page against the real extension: add a feed served on 127.0.0.1 and see its deal in
// a tooltip, reject a broken import without touching the cache, export and re-import, follow the
// display currency, edit the site lists, and look right in light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/messages';
import { ROOT } from './build';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const FEED_TEXT = readFileSync(join(ROOT, 'test/fixtures/ui/tensorwave-feed.json'), 'utf8');
const eventually = <T>(read: () => Promise<T> | T, timeout = 8_000) => expect.poll(read, { timeout, interval: 100 });

/** The background's sync status, asked from an extension page the way the UI asks. */
const syncStatus = (page: Page) =>
  page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-status' })) as Promise<
    SyncStatus & { ok: boolean }
  >;

/** Moves the pointer off the page's marks and waits for the tooltip to close. */
async function leaveTooltip(page: Page) {
  await page.mouse.move(1, 1);
  await ext.tooltip.waitFor(page, 'hidden', 5_000);
}

async function seededOptions(): Promise<Page> {
  const options = await ext.openOptions();
  await eventually(async () => (await syncStatus(options)).seeded, 15_000).toBe(true);
  return options;
}

/** Answers the browser's permission prompt for an options page. Playwright cannot reach that
 *  prompt (browser UI, not the page; microsoft/playwright#32755), so `permissions.request` is
 *  answered here and every request is recorded; everything after the answer is real. */
async function answerPermissionPrompts(page: Page, grant: boolean): Promise<() => Promise<string[]>> {
  await page.evaluate((answer) => {
    const w = window as unknown as { __asked: string[]; chrome: any };
    w.__asked = [];
    w.chrome.permissions.request = (p: { origins?: string[] }, cb?: (granted: boolean) => void) => {
      w.__asked.push(...(p.origins ?? []));
      if (cb) cb(answer);
      else return Promise.resolve(answer);
    };
  }, grant);
  return () => page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
}

describe('options page', () => {
  it('does not add a feed when the reader refuses access to its host', async () => {
    const options = await seededOptions();
    const asked = await answerPermissionPrompts(options, false);
    await eventually(() => options.locator('.feed-row').count()).toBeGreaterThan(0);
    const before = await options.locator('.feed-row').count();
    await options.getByLabel('Feed URL').fill('https://feeds.example.org/deals.json');
    await options.getByRole('button', { name: 'Add feed' }).click();
    await eventually(() => options.locator('#feed-url-message').innerText()).toContain(
      'needs permission to read https://feeds.example.org',
    );
    expect(await asked()).toEqual(['https://feeds.example.org/*']);
    expect(await options.locator('.feed-row').count()).toBe(before);
    await options.close();
  });

  it('refuses plain http feeds from other hosts, from the keyboard', async () => {
    const options = await ext.openOptions();
    const input = options.getByLabel('Feed URL');
    await input.focus();
    await options.keyboard.type('http://feeds.example.org/deals.json');
    await options.keyboard.press('Enter');
    await eventually(() => options.locator('#feed-url-message').innerText()).toMatch(/must use https/);
    await options.close();
  });

  it('adds a feed served on 127.0.0.1, syncs it, and its deal shows in a tooltip', async () => {
    ext.server.route('/feeds/tensorwave.json', {
      headers: { 'content-type': 'application/json', etag: '"tw-1"' },
      body: FEED_TEXT,
    });
    const url = ext.server.url('/feeds/tensorwave.json');
    const options = await seededOptions();
    const asked = await answerPermissionPrompts(options, true);
    await options.getByLabel('Feed URL').fill(url);
    await options.getByRole('button', { name: 'Add feed' }).click();
    const row = options.locator(`.feed-row[data-feed-url="${url}"]`);
    await eventually(() => row.count()).toBe(1);
    // Asked at the click, for the host only (match patterns take no port).
    expect(await asked()).toEqual(['http://127.0.0.1/*']);

    await options.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => row.innerText(), 15_000).toContain('1 deal, 2 companies');
    expect(ext.server.requests.some((r) => r.url === '/feeds/tensorwave.json')).toBe(true);
    expect(await row.locator('dd.error').count()).toBe(0);

    const article = await ext.openPage('ui/tensorwave-article.html');
    await ext.hoverText(article, '$740 million a quarter');
    expect(await ext.readTooltip(article)).toContain('TensorWave rents Cerebras inference systems');
    await article.close();
    await options.close();
  });

  it("shows a failing feed's last error in plain words, and keeps the last good data", async () => {
    const url = ext.server.url('/feeds/flaky.json');
    ext.server.route('/feeds/flaky.json', {
      headers: { 'content-type': 'application/json', etag: '"f-1"' },
      body: FEED_TEXT,
    });
    const options = await seededOptions();
    await answerPermissionPrompts(options, true);
    await options.getByLabel('Feed URL').fill(url);
    await options.getByRole('button', { name: 'Add feed' }).click();
    const row = options.locator(`.feed-row[data-feed-url="${url}"]`);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => row.innerText(), 15_000).toContain('1 deal, 2 companies');

    ext.server.route('/feeds/flaky.json', { status: 503, body: 'down for maintenance' });
    await options.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => row.locator('dd.error').count(), 15_000).toBe(1);
    expect(await row.locator('dd.error').innerText()).toContain('The feed server had a problem (HTTP 503)');
    expect(await row.innerText()).toContain('1 deal, 2 companies');

    await row.getByRole('button', { name: `Remove feed ${url}` }).click();
    await eventually(() => row.count()).toBe(0);
    await options.close();
  });

  it('rejects a broken import with its JSON path, and the cache stays as it was', async () => {
    const options = await seededOptions();
    const before = await syncStatus(options);
    const broken = JSON.parse(FEED_TEXT);
    broken.deals[0].value.amount = 'lots';
    await options.setInputFiles('#import-file', {
      name: 'broken-feed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const errors = options.locator('.import-errors');
    await eventually(() => errors.count()).toBe(1);
    expect(await errors.locator('.json-path').allInnerTexts()).toContain('deals[0].value.amount');
    expect(await errors.innerText()).toContain('the cache is unchanged');
    const after = await syncStatus(options);
    expect(after.totals).toEqual(before.totals);
    await options.close();
  });

  it('exports the cache as a feed file and imports it back unchanged', async () => {
    const options = await seededOptions();
    const before = await syncStatus(options);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export deals as a feed file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('deallens-feed.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const feed = JSON.parse(text);
    expect(feed.format).toBe('deallens-feed');
    expect(feed.deals.length).toBe(before.totals.deals);

    await options.setInputFiles('#import-file', {
      name: 'deallens-feed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await eventually(() => options.locator('.import-outcome').innerText()).toContain(
      `Imported deallens-feed.json: ${feed.deals.length} deals`,
    );
    expect((await syncStatus(options)).totals).toEqual(before.totals);
    await options.close();
  });

  it('changing the display currency changes the tooltips', async () => {
    const options = await seededOptions();
    const article = await ext.openPage('ui/colossus-article.html');
    await ext.hoverText(article, '$1.25 billion a month');
    expect(await ext.readTooltip(article)).not.toContain('€');
    await leaveTooltip(article);

    await options.getByLabel('Show normalized figures in').selectOption('EUR');
    await ext.hoverText(article, '$1.25 billion a month');
    const text = await ext.readTooltip(article);
    expect(text).toContain('€');
    await leaveTooltip(article);
    await options.getByLabel('Show normalized figures in').selectOption('USD');
    await article.close();
    await options.close();
  });

  it('edits the list of sites switched off', async () => {
    const options = await ext.openOptions();
    const off = options.getByRole('group', { name: 'Sites switched off' });
    await off.getByRole('textbox').fill('https://www.Example.com/news');
    await off.getByRole('button', { name: 'Add site' }).click();
    await eventually(() => off.getByRole('list').innerText()).toContain('example.com');
    await options.reload();
    const list = options.getByRole('group', { name: 'Sites switched off' }).getByRole('list');
    await eventually(() => list.innerText()).toContain('example.com');
    await list.getByRole('button', { name: /Remove example\.com/ }).click();
    await eventually(() => options.getByRole('group', { name: 'Sites switched off' }).innerText()).toContain('None.');
    await options.close();
  });

  it('"Clear cache and reseed" asks first, then leaves only the bundled deals', async () => {
    const bundled = JSON.parse(readFileSync(join(ROOT, 'data/feed.json'), 'utf8'));
    const options = await seededOptions();
    // One deal more than the bundled feed, from an imported file.
    await options.setInputFiles('#import-file', {
      name: 'tensorwave-feed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(FEED_TEXT),
    });
    await eventually(() => options.locator('.import-outcome').innerText()).toContain('Imported tensorwave-feed.json');
    const before = (await syncStatus(options)).totals.deals;
    expect(before).toBeGreaterThan(bundled.deals.length);

    await options.getByRole('button', { name: 'Clear cache and reseed' }).click();
    const confirm = options.getByRole('group', { name: 'Confirm reset' });
    expect((await syncStatus(options)).totals.deals).toBe(before); // nothing happens before confirming
    await confirm.getByRole('button', { name: 'Clear and reseed' }).click();
    await eventually(() => options.locator('#data').innerText()).toContain('Cache cleared and reseeded');
    expect((await syncStatus(options)).totals.deals).toBe(bundled.deals.length);
    await options.close();
  });

  it('screenshots, light and dark', async () => {
    const options = await seededOptions();
    await options.setViewportSize({ width: 900, height: 900 });
    await ext.screenshot(options, 'options-light', { fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(options, 'options-dark', { fullPage: true });
    await options.close();
  });
});
