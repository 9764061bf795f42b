// The toolbar popup against the real extension: its lists agree with what the content script found
// on a fixture article, clicking a figure scrolls the page to it, the site switch removes and
// restores the marks, and pages the extension cannot read get a clear message.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const ARTICLE = 'ui/colossus-article.html';

/** expect.poll with room for the content script and storage round trips (its default is 1 s). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8_000, interval: 100 });

/** Ranges marked in the page through the CSS Custom Highlight API (shared by all worlds). */
const markCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => {
      n += h.size;
    });
    return n;
  });

/** The content script's summary once it has scanned the page (it runs at document_idle). */
async function scannedSummary(page: Page): Promise<PageSummary> {
  let last: unknown;
  for (let i = 0; i < 40; i++) {
    try {
      const s = await ext.pageSummary(page);
      if (s.mentions.length > 0 && s.lookup) return s;
      last = s;
    } catch (e) {
      last = e;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`page never summarized: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

describe('popup', () => {
  it('lists the figures and companies the page shows, and the deal it matches', async () => {
    const page = await ext.openPage(ARTICLE);
    const summary = await scannedSummary(page);
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openPopup(tabId);

    const figures = summary.mentions.filter((m) => m.type !== 'company');
    const companies = [...new Set(summary.mentions.flatMap((m) => (m.type === 'company' ? [m.canonical] : [])))];
    await eventually(() => popup.locator('.counts').innerText()).toMatch(
      new RegExp(`^${figures.length} figures? · ${companies.length} compan`),
    );

    // Every figure row shows the page's words; the rows are grouped by kind.
    for (const [kind, label] of [
      ['money', 'Money'],
      ['gpu', 'Accelerators'],
      ['power', 'Power'],
    ] as const) {
      const words = figures.filter((m) => m.type === kind).map((m) => m.text);
      const rows = popup.getByRole('list', { name: label }).locator('.page-text');
      if (words.length) expect(await rows.allInnerTexts()).toEqual(words.map((w) => `“${w}”`));
      else expect(await rows.count()).toBe(0);
    }
    // The rate is normalized: $1.25 billion a month comes to $15B a year.
    await eventually(() => popup.getByRole('list', { name: 'Money' }).innerText()).toContain('$15B a year');

    const names = await popup.getByRole('list', { name: 'Companies' }).locator('.company-name').allInnerTexts();
    expect(names.map((n) => n.replace(/\s×\d+$/, ''))).toEqual(companies);
    expect(companies).toEqual(expect.arrayContaining(['Anthropic', 'xAI']));

    // The bundled feed knows the deal the article reports; the popup's card says so, why, with a source link.
    const deal = popup
      .getByRole('list', { name: 'Deals this article reports' })
      .locator('.report', { hasText: 'Colossus 1' });
    await eventually(() => deal.count()).toBeGreaterThan(0);
    expect(await deal.first().innerText()).toContain('Anthropic (buyer) pays xAI (seller) $1.25B a month');
    expect(await deal.first().innerText()).toContain('In your deal list: same parties and amount');
    expect(await deal.first().locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);

    await popup.setViewportSize({ width: 380, height: 600 });
    await ext.screenshot(popup, 'popup-light', { fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(popup, 'popup-dark', { fullPage: true });
    // The lists scroll inside the popup; show the deals too.
    await popup.getByRole('heading', { name: 'Deals this article reports' }).evaluate((h) => h.scrollIntoView());
    await ext.screenshot(popup, 'popup-deals-dark');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a figure when its row is clicked', async () => {
    const page = await ext.openPage(ARTICLE);
    await page.setViewportSize({ width: 800, height: 400 });
    await scannedSummary(page);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('list', { name: 'Power' }).getByRole('button').first().click();
    // The power figure sits in the last paragraph, below the fold of a 400px window.
    await eventually(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);

    // The same from the keyboard alone: Tab to the first figure (the money one, near the top), Enter.
    await popup.reload();
    await eventually(() => popup.locator('.figure-row').count()).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.classList.contains('figure-row'))) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('$1.25 billion a month');
    await popup.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
    await popup.close();
    await page.close();
  });

  it('switching the site off removes the marks at once, and on brings them back', async () => {
    const page = await ext.openPage(ARTICLE);
    await scannedSummary(page);
    await eventually(() => markCount(page)).toBeGreaterThan(0);
    const before = await markCount(page);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const siteSwitch = popup.getByRole('switch', { name: 'On this site' });
    await eventually(() => siteSwitch.isChecked()).toBe(true);

    await siteSwitch.click();
    await eventually(() => markCount(page)).toBe(0);
    await eventually(() => popup.locator('.empty-state').innerText()).toMatch(/off on 127\.0\.0\.1/);

    await siteSwitch.click();
    await eventually(() => markCount(page)).toBe(before);
    await eventually(() => popup.locator('.counts').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('"Pause everywhere" clears the marks and says so', async () => {
    const page = await ext.openPage(ARTICLE);
    await scannedSummary(page);
    await eventually(() => markCount(page)).toBeGreaterThan(0);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
    await pause.click();
    await eventually(() => markCount(page)).toBe(0);
    expect(await popup.locator('.empty-state').innerText()).toContain('paused');
    await pause.click();
    await eventually(() => markCount(page)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('in "only on click" mode, opening the popup is the click: the page gets marked', async () => {
    const options = await ext.openOptions();
    await options.getByLabel(/Only when I click the toolbar button/).check();
    const page = await ext.openPage(ARTICLE);
    await page.waitForTimeout(1_000); // long enough for a scan that should not happen
    expect(await markCount(page)).toBe(0);

    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await eventually(() => popup.locator('.counts').count()).toBe(1);
    await eventually(() => markCount(page)).toBeGreaterThan(0);
    expect(await popup.getByRole('switch', { name: 'On this site' }).isDisabled()).toBe(true);

    await options.getByLabel(/On all sites/).check();
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('"Sync now" runs a sync and reports when the deal list was updated', async () => {
    const page = await ext.openPage(ARTICLE);
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const button = popup.locator('.sync-summary').getByRole('button', { name: /Sync/ });
    await eventually(() => popup.locator('.sync-summary').innerText()).toMatch(/\d+ deals, \d+ companies from 1 feed/);
    await button.click();
    await eventually(() => button.innerText()).toBe('Sync now');
    expect(await button.isEnabled()).toBe(true);
    expect(await popup.locator('.sync-summary').innerText()).toMatch(/updated just now/);
    expect(await popup.locator('.sync-summary .error').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains a page the extension cannot run on', async () => {
    const blank = await ext.openPage('about:blank');
    const popup = await ext.openPopup(await ext.tabIdOf(blank));
    await popup.setViewportSize({ width: 380, height: 300 });
    await eventually(() => popup.locator('.empty-state').innerText()).toContain('can’t read this page');
    expect(await popup.getByRole('switch', { name: 'On this site' }).isDisabled()).toBe(true);
    await ext.screenshot(popup, 'popup-unreachable');
    await popup.close();
    await blank.close();
  });
});
