// The explorer and the popup by keyboard alone: the network's companies are one tab stop with
// arrow keys, a focused company lists its deals (its arrows) as buttons that open the deal's
// card; timeline bars list their deals when activated; the popup's switches and "Sync now" come
// within a few Tab presses.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, hashOf, openExplorer, waitUntilSeeded } from './explore-helpers';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await waitUntilSeeded(ext);
});
afterAll(async () => {
  await ext?.close();
});

/** What has the keyboard focus: its tag, classes, data ids and text (for asserting and logs). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      cls: el?.getAttribute('class') ?? '',
      company: el?.getAttribute('data-company') ?? '',
      bucket: el?.getAttribute('data-bucket') ?? '',
      deal: el?.getAttribute('data-deal') ?? '',
      role: el?.getAttribute('role') ?? '',
      text: (
        el?.getAttribute('aria-label') ||
        (el as HTMLInputElement)?.labels?.[0]?.textContent ||
        el?.textContent ||
        ''
      ).trim(),
    };
  });

/** Presses Tab until `match` holds for the focused element; returns the number of presses. */
async function tabUntil(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return n;
  }
  throw new Error(`not reached within ${max} Tab presses`);
}

describe('explorer deals by keyboard', () => {
  it('reaches a company with Tab and the arrow keys, lists its deals, opens one and comes back', async () => {
    const page = await openExplorer(ext);
    await page.locator('.node').first().waitFor({ timeout: 20_000 });
    // The picture is one tab stop: the largest company (first in focus order).
    expect(await page.locator('.node[tabindex="0"]').count()).toBe(1);
    const order = await page.locator('.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-company')!));
    const presses = await tabUntil(page, (f) => !!f.company);
    expect((await focused(page)).company).toBe(order[0]);
    console.log(`[keyboard] the network's first company after ${presses} Tab presses: ${order[0]}`);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).company).toBe(order[1]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).company).toBe(order.at(-1));
    await page.keyboard.press('Home');
    // Arrow keys through the companies to xAI, then Enter focuses it.
    for (let i = 0; i < order.length && (await focused(page)).company !== 'xAI'; i++)
      await page.keyboard.press('ArrowDown');
    expect((await focused(page)).company).toBe('xAI');
    await page.keyboard.press('Enter');
    await eventually(() => hashOf(page)).toBe('#company=xAI');
    // Its deals, arrow by arrow, as buttons: the next Tab lands on the first.
    const list = page.getByRole('list', { name: 'Deals of xAI' });
    await list.waitFor();
    const rows = await list.locator('button').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r).toMatch(/(^xAI [→↔] |[→↔] xAI: )/);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('button');
    expect(first.text).toBe(rows[0]);
    await ext.screenshot(page, 'explore-keyboard-network');
    // Enter opens the deal's card and takes the focus there; Close brings it back.
    await page.keyboard.press('Enter');
    await eventually(() => hashOf(page)).toContain(`deal=${first.deal}`);
    const title = rows[0].replace(/^.*?: /, '');
    await eventually(() => page.locator('.deal-panel').innerText()).toContain(title);
    // The card takes focus in an effect, after paint.
    await eventually(async () => (await focused(page)).cls).toBe('deal-panel');
    await ext.screenshot(page, 'explore-keyboard-deal-open');
    await tabUntil(page, (f) => f.text === 'Close', 20);
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.deal-panel').count()).toBe(0);
    expect((await focused(page)).deal).toBe(first.deal);
    await page.close();
  });

  it('switches to the timeline with the arrow keys; a bar activated lists its deals', async () => {
    const page = await openExplorer(ext, '#company=xAI');
    await page.getByRole('tab', { name: 'Network' }).focus();
    await page.keyboard.press('ArrowRight');
    await eventually(() => hashOf(page)).toContain('view=timeline');
    expect((await focused(page)).text).toBe('Timeline');
    await page.locator('.bucket').first().waitFor();
    expect(await page.locator('.bucket[tabindex="0"]').count()).toBe(1);
    await tabUntil(page, (f) => !!f.bucket);
    await page.keyboard.press('End');
    const bar = await focused(page);
    const buckets = await page
      .locator('.bucket[data-bucket]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-bucket')!));
    expect(bar.bucket).toBe(buckets.at(-1));
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: `Deals in ${bar.bucket}` });
    await list.waitFor();
    expect(await page.locator(`.bucket[data-bucket="${bar.bucket}"]`).getAttribute('aria-pressed')).toBe('true');
    // Each listed deal was announced in that quarter (YYYY-Qn), and the bar's label counts them.
    const [year, q] = bar.bucket.split('-Q').map(Number);
    const dates = (await list.locator('li .muted').allInnerTexts()).map((t) => t.trim().split(' ')[0]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) {
      expect(Number(d.slice(0, 4))).toBe(year);
      expect(Math.ceil(Number(d.slice(5, 7) || 1) / 3)).toBe(q);
    }
    const count = Number(/ in (\d+) deals?/.exec(bar.text)?.[1]);
    expect(dates.length).toBe(Math.min(count, 12));
    await ext.screenshot(page, 'explore-keyboard-timeline');
    await page.keyboard.press('Tab');
    expect((await focused(page)).deal).not.toBe('');
    await page.keyboard.press('Enter');
    await eventually(() => hashOf(page)).toMatch(/deal=/);
    // The card takes focus in an effect, after paint.
    await eventually(async () => (await focused(page)).cls).toBe('deal-panel');
    await page.close();
  });
});

describe('popup by keyboard', () => {
  it('reaches the switches and "Sync now" within a few Tab presses on a page full of figures', async () => {
    const article = await ext.openPage('ui/colossus-article.html');
    let shows = 0;
    const popup = await ext.openPopup(await ext.tabIdOf(article));
    for (let i = 0; i < 40 && shows < 5; i++) {
      shows = await popup.locator('.popup-body button').count();
      if (shows < 5) {
        await popup.waitForTimeout(250);
        await popup.reload();
      }
    }
    // The page's lists hold many buttons: without a good order "Sync now" would come after them.
    expect(shows).toBeGreaterThanOrEqual(5);
    const site = await tabUntil(popup, (f) => f.role === 'switch' && /On this site/.test(f.text), 10);
    const pause = await tabUntil(popup, (f) => f.role === 'switch' && /Pause/.test(f.text), 10);
    const sync = await tabUntil(popup, (f) => f.tag === 'button' && f.text === 'Sync now', 10);
    console.log(
      `[keyboard] popup: site switch at Tab ${site}, pause at ${site + pause}, Sync now at ${site + pause + sync}`,
    );
    expect(site + pause + sync).toBeLessThanOrEqual(5);
    await ext.screenshot(popup, 'popup-keyboard-order');
    await popup.close();
    await article.close();
  });
});
