// The reading trail in Chromium: off by default (a visited article records nothing); switched on
// in the options page, a visited fixture article's matched deals show in the explorer as "seen in
// 127.0.0.1" (table column, deal panel, "Seen deals only"); "Clear reading trail" removes it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLookup } from './annotate-helpers';
import { dealCount, eventually } from './explore-helpers';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});
const ask = (page: Page, m: object) => page.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m);
const trailOf = async (page: Page): Promise<{ dealId: string; host: string; date: string }[]> =>
  (await ask(page, { type: 'explore-data' })).trail;

async function visitArticle(): Promise<void> {
  const article = await ext.openPage('articles/compute-deals.html');
  await waitForLookup(article);
  await article.close();
}

describe('reading trail', () => {
  it('records nothing while off, then "seen in 127.0.0.1" once on, until cleared', async () => {
    const options = await ext.openOptions();
    const deadline = Date.now() + 20_000;
    while (!(await ask(options, { type: 'sync-status' })).seeded) {
      if (Date.now() > deadline) throw new Error('The bundled feed was not seeded within 20 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const toggle = options.getByRole('switch', { name: /Remember the deals found on pages I read/ });
    await eventually(() => toggle.isDisabled()).toBe(false);
    expect(await toggle.isChecked()).toBe(false); // off by default

    // Off: a matching article leaves no trace (the lookup answered, nothing was recorded).
    await visitArticle();
    await new Promise((r) => setTimeout(r, 500));
    expect(await trailOf(options)).toEqual([]);

    await toggle.check();
    await visitArticle();
    await eventually(async () => (await trailOf(options)).length).toBeGreaterThan(0);
    const trail = await trailOf(options);
    expect(new Set(trail.map((e) => e.host))).toEqual(new Set(['127.0.0.1'])); // the hostname only
    expect(trail.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))).toBe(true);
    const dealId = trail[0].dealId;

    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/explore.html#view=table&deal=${encodeURIComponent(dealId)}`);
    await eventually(() => page.locator('.deal-panel').innerText(), 20_000).toMatch(
      /Seen in 127\.0\.0\.1 \(\d{4}-\d{2}-\d{2}\)/,
    );
    const total = await dealCount(page);
    await page.getByLabel('Seen deals only').check();
    await eventually(() => dealCount(page)).toBe(new Set(trail.map((e) => e.dealId)).size);
    expect(total).toBeGreaterThan(new Set(trail.map((e) => e.dealId)).size);
    for (const cell of await page.locator('tbody td.seen').allInnerTexts()) expect(cell).toMatch(/^127\.0\.0\.1 \(/);
    await ext.screenshot(page, 'explore-trail');

    await options.getByRole('button', { name: 'Clear reading trail' }).click();
    await eventually(() => options.locator('#data').innerText()).toContain('Reading trail cleared.');
    expect(await trailOf(options)).toEqual([]);
    await page.reload();
    await page.locator('.filters').waitFor({ timeout: 20_000 });
    await eventually(() => page.locator('.deal-panel').innerText()).not.toContain('Seen in');
    expect(await page.locator('th', { hasText: 'Seen in' }).count()).toBe(0);

    // Switched off again: visiting records nothing.
    await toggle.uncheck();
    await visitArticle();
    await new Promise((r) => setTimeout(r, 500));
    expect(await trailOf(options)).toEqual([]);
    await page.close();
    await options.close();
  });
});
