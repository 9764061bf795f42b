// The tooltip's lines in plain words, as a reader meets them in Chromium: a yearly figure with its
// month and a monthly one with its year (both estimates), a standing among the reader's own deals,
// the implied GPU-hour price against the market range of the same accelerator, the tooltip's theme
// (the page's colours, or the reader's setting) and the shortcuts that open it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverAndRead, waitForLookup, waitForMarks } from './annotate-helpers';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
let page: Page;
beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPage('articles/tooltip-periods.html');
  await waitForMarks(page, 4);
  await waitForLookup(page);
});
afterAll(async () => {
  await ext?.close();
});

describe('tooltip words', () => {
  it('gives a yearly figure its month, and prices its H100s against the H100 market range', async () => {
    const text = await hoverAndRead(ext, page, '$2.4 billion a year');
    // $2.4B a year ÷ 12 = $200M a month, an estimate like every derived figure.
    expect(text).toMatch(/Per month\s+\$200M\s+estimate/i);
    expect(text).not.toMatch(/Per year/);
    expect(text).toMatch(/Total over 4 years\s+\$9\.6B/);
    expect(text).toMatch(/Standing\s+the \d+(st|nd|rd|th) largest if added to the \d+ yearly deals you have/);
    // $2.4B ÷ (40,000 × 8,760 h) = $6.85 an hour, above the feed's H100 range ($1.99–$5.00).
    expect(text).toMatch(/Implied price\s+\$6\.85 per GPU-hour\s+estimate/i);
    expect(text).toContain('above the market range of $1.99–$5.00 an hour for H100');
    expect(text).not.toMatch(/\(above\)|one-off|in the cache/);
    await ext.tooltip.click(page, 'summary');
    expect(await ext.readTooltip(page)).toContain('From $2.4B a year, spread evenly over its months.');
    await ext.screenshot(page, 'tooltip-words-yearly');
  });

  it('gives a monthly figure its year, labeled as an estimate the same way', async () => {
    const text = await hoverAndRead(ext, page, '$90 million a month');
    expect(text).toMatch(/Per year\s+\$1\.08B\s+estimate/i);
    expect(text).not.toMatch(/Per month/);
    // 12,000 B200 at $1.08B a year: $10.27 an hour, against B200's range, never H100's.
    expect(text).toMatch(/Implied price\s+\$10\.27 per GPU-hour/);
    expect(text).toContain('the market range of $4.50–$6.03 an hour for B200');
    await ext.screenshot(page, 'tooltip-words-monthly');
  });

  it('follows the page’s colours when the system is dark, and the reader’s own setting', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const theme = () => ext.tooltip.evaluate<string>(page, 'box.dataset.theme');
    await hoverAndRead(ext, page, '$2.4 billion a year');
    // A white page: a light tooltip, whatever the system prefers.
    expect(await theme()).toBe('light');
    const sw = await ext.worker();
    const setTheme = (value: string) =>
      sw.evaluate(async (v) => {
        const local = (globalThis as any).chrome.storage.local;
        const { display } = await local.get('display');
        await local.set({ display: { ...display, tooltipTheme: v } });
      }, value);
    await setTheme('dark');
    await expect.poll(async () => (await hoverAndRead(ext, page, '$2.4 billion a year'), theme())).toBe('dark');
    await ext.screenshot(page, 'tooltip-words-dark-setting');
    await setTheme('auto');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('shortcuts that open the tooltip', () => {
  it('are the browser’s commands, so the reader can change them in the browser’s shortcut settings', async () => {
    const sw = await ext.worker();
    const commands = (await sw.evaluate(() => (globalThis as any).chrome.commands.getAll())) as {
      name?: string;
      shortcut?: string;
    }[];
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName).toMatchObject({ 'next-mark': 'Alt+Shift+L', 'previous-mark': 'Alt+Shift+K' });
  });
});
