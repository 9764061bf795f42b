// In-page annotation in real Chromium: marks, hover tooltips for each mention type, a figure split
// across inline elements, keyboard-only navigation, editable regions left alone, zero layout shift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';
import { ROOT } from './build';
import { formatMoney } from '../../lib/figures/format';
import { hoverAndRead, readHighlights, waitForLookup, waitForMarks } from './annotate-helpers';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');

let ext: Extension;
let page: Page;
beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPage('articles/compute-deals.html');
  await waitForMarks(page, 8);
  await waitForLookup(page);
});
afterAll(async () => {
  await ext?.close();
});

describe('annotating an article', () => {
  it('marks each type with the Highlight API and leaves inputs, editable regions, nav and footer alone', async () => {
    const { names, forbiddenHits } = await readHighlights(page);
    expect(names['deallens-money']).toEqual(
      expect.arrayContaining(['$17.4 billion', '$1.25 billion a month', '€2 billion']),
    );
    expect(names['deallens-gpu']).toEqual(expect.arrayContaining(['220,000 Nvidia GPUs', '10,000 H100 GPUs']));
    expect(names['deallens-power']).toEqual(['300 megawatts']);
    expect(names['deallens-company']).toEqual(expect.arrayContaining(['Microsoft', 'Nebius', 'Anthropic', 'xAI']));
    expect(forbiddenHits).toEqual([]);
    // Nothing from the contenteditable draft, the form fields, the nav or the footer.
    const all = Object.values(names).flat().join(' | ');
    expect(all).not.toMatch(/\$[5679] billion|\$2 billion|8,000/);
    // The page's DOM is untouched: no wrapper elements.
    expect(await page.locator('deallens-mark').count()).toBe(0);
  });

  it('explains a money figure with its yearly value, standing and matching deal with safe source links', async () => {
    const text = await hoverAndRead(ext, page, '$17.4 billion');
    expect(text).toContain('$17.4B');
    // $17.4B spread over five years: an estimate, labeled as one.
    expect(text).toMatch(
      new RegExp(`Per year\\s+${esc(formatMoney(17.4e9 / 5))}\\s+estimate\\s+spread evenly over 5 years`, 'i'),
    );
    expect(text).toMatch(/Standing\s+the \d+(st|nd|rd|th) largest (of|if added to) the \d+ [a-z -]+ you have/);
    expect(text).toContain('Microsoft (buyer), Nebius (seller)');
    const links = await ext.tooltip.evaluate<{ href: string; target: string; rel: string }[]>(
      page,
      `Array.from(box.querySelectorAll('a'), function (a) { return { href: a.getAttribute('href'), ` +
        `target: a.getAttribute('target'), rel: a.getAttribute('rel') }; })`,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.href).toMatch(/^https?:\/\//);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
    await ext.screenshot(page, 'tooltip-money');
  });

  it('reads a rate split across <a> and <em>: per year and the implied price per GPU-hour', async () => {
    const text = await hoverAndRead(ext, page, '$1.25 billion a month');
    expect(text).toMatch(/Per year\s+\$15B/);
    // $15B a year / (220,000 GPUs × 8,760 h) = $7.78 per GPU-hour, shown as an estimate.
    expect(text).toMatch(/Implied price\s+\$7\.78 per GPU-hour\s+estimate/i);
    // "220,000 Nvidia GPUs" names no model: no market range of some other accelerator in its place.
    expect(text).toContain('accelerator not named: no market range to compare with');
    // Every estimate's assumptions, as a reader opening each would (the per-year line is one too).
    const closed = `details:not([open]) summary`;
    while (await ext.tooltip.evaluate<boolean>(page, `!!root.querySelector('${closed}')`))
      await ext.tooltip.click(page, closed);
    expect(await ext.readTooltip(page)).toContain('Yearly value $15B ÷ (220,000 accelerators × 8,760 h).');
    await ext.screenshot(page, 'tooltip-money-rate');
  });

  it('converts a euro figure to USD with the FX date', async () => {
    const feed = JSON.parse(readFileSync(join(ROOT, 'data/feed.json'), 'utf8')) as {
      reference: { fx: { date: string; usdPer: Record<string, number> } };
    };
    const text = await hoverAndRead(ext, page, '€2 billion');
    const usd = formatMoney(2e9 * feed.reference.fx.usdPer.EUR);
    expect(text).toMatch(new RegExp(`In USD\\s+${esc(usd)}\\s+FX of ${feed.reference.fx.date}`));
  });

  it('estimates power, cost and rental for an accelerator count', async () => {
    const text = await hoverAndRead(ext, page, '10,000 H100 GPUs');
    expect(text).toMatch(/Count\s+10,000/);
    expect(text).toMatch(/Model\s+H100/);
    // 10,000 × 700 W = 7 MW board power; × 1.3 overhead = 9.1 MW at the facility.
    expect(text).toMatch(/Board power\s+7 MW\s+estimate/i);
    expect(text).toMatch(/Facility power\s+9\.1 MW\s+estimate\s+× 1\.3 overhead/i);
    expect(text).toMatch(/Purchase cost\s+\$250M–\$400M\s+estimate/i);
    expect(text).toMatch(/Rental value\s+\$[\d.]+M–\$[\d.]+M a month\s+estimate/i);
    await ext.screenshot(page, 'tooltip-gpu');
  });

  it('tells what a power figure can run and its yearly energy', async () => {
    const text = await hoverAndRead(ext, page, '300 megawatts');
    expect(text).toMatch(/Power\s+300 MW/);
    // 300 MW / (1,000 W × 1.3) = 230,769 (231K) B200-class parts; 300 MW × 8,760 h = 2.6 TWh.
    expect(text).toMatch(/Could run\s+231K B200/);
    expect(text).toMatch(/Energy a year\s+2\.6 TWh\s+estimate/i);
    await ext.screenshot(page, 'tooltip-power');
  });

  it('summarizes a company from the deal cache', async () => {
    const text = await hoverAndRead(ext, page, 'Nebius');
    expect(text).toMatch(/Kind\s+\S/);
    expect(text).toMatch(/Deals in your list\s+\d+/);
    expect(text).toContain('Microsoft');
    await ext.screenshot(page, 'tooltip-company');
  });

  it('shows the innermost mark: a company inside an accelerator count', async () => {
    expect(await hoverAndRead(ext, page, 'Nvidia')).toMatch(/^COMPANY/i);
    expect(await hoverAndRead(ext, page, '220,000')).toMatch(/Count\s+220,000/);
  });

  it('shows nothing over a form field or an editable region', async () => {
    await page.mouse.move(1, 1);
    await ext.tooltip.waitFor(page, 'hidden');
    const box = await page.locator('#editable').boundingBox();
    await page.mouse.move(box!.x + 60, box!.y + box!.height / 2, { steps: 3 });
    await page.waitForTimeout(600);
    expect(await ext.tooltip.isVisible(page)).toBe(false);
  });

  it('navigates by keyboard: Alt+Shift+L opens the next mark, Alt+Shift+K the previous, Escape closes', async () => {
    await page.mouse.move(1, 1);
    await ext.tooltip.waitFor(page, 'hidden');
    await page.keyboard.press('Alt+Shift+L');
    const first = await ext.readTooltip(page);
    expect(first).toMatch(/^COMPANY\s+Microsoft/i);
    await page.keyboard.press('Alt+Shift+L');
    expect(await ext.readTooltip(page)).toContain('“$17.4 billion”');
    // The box took focus, so a screen reader lands on it.
    expect(await page.evaluate(`document.activeElement && document.activeElement.getAttribute('data-deallens')`)).toBe(
      'tooltip',
    );
    await page.keyboard.press('Alt+Shift+K');
    expect(await ext.readTooltip(page)).toMatch(/^COMPANY\s+Microsoft/i);
    await page.keyboard.press('Escape');
    await ext.tooltip.waitFor(page, 'hidden');
    // After Escape, navigation continues from the last mark visited.
    await page.keyboard.press('Alt+Shift+L');
    expect(await ext.readTooltip(page)).toContain('“$17.4 billion”');
    await page.keyboard.press('Alt+Shift+L');
    expect(await ext.readTooltip(page)).toMatch(/^COMPANY\s+Nebius/i);
    await ext.screenshot(page, 'tooltip-keyboard');
    await page.keyboard.press('Escape');
  });

  it('reaches every mark, of every type, by keyboard alone', async () => {
    const { mentions } = await ext.pageSummary(page);
    await page.mouse.move(1, 1);
    const headings = new Set<string>();
    for (let i = 0; i < mentions.length; i++) {
      await page.keyboard.press('Alt+Shift+L');
      headings.add((await ext.readTooltip(page)).split('\n')[0].toUpperCase());
    }
    expect([...headings].sort()).toEqual(['ACCELERATORS', 'COMPANY', 'MONEY FIGURE', 'POWER']);
    await page.keyboard.press('Escape');
    await ext.tooltip.waitFor(page, 'hidden');
  });

  it('answers the popup: page summary with mentions and lookup, and reveal', async () => {
    const summary = await ext.pageSummary(page);
    expect(summary.enabled).toBe(true);
    expect(summary.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['$17.4 billion', '300 megawatts']));
    expect(summary.lookup?.deals.length).toBeGreaterThan(0);
    const id = summary.mentionIds[summary.mentions.findIndex((m) => m.text === '300 megawatts')];
    const sw = await ext.worker();
    const tabId = await ext.tabIdOf(page);
    const reply = await sw.evaluate(
      ([t, id]) => (globalThis as any).chrome.tabs.sendMessage(t, { type: 'reveal', id }),
      [tabId, id] as const,
    );
    expect(reply).toEqual({ ok: true, found: true });
    expect(await ext.readTooltip(page)).toMatch(/Power\s+300 MW/);
    await page.keyboard.press('Escape');
  });

  it('reads on a dark page: marks and a dark tooltip', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addStyleTag({
      content:
        'html, body { background: #121212 !important; color: #e0e0e0 !important; } a { color: #8ab4f8 !important; }',
    });
    const text = await hoverAndRead(ext, page, '$1.25 billion a month');
    expect(text).toMatch(/Per year\s+\$15B/);
    const bg = await ext.tooltip.evaluate(page, 'getComputedStyle(box).backgroundColor');
    expect(bg).toBe('rgb(22, 27, 34)');
    await ext.screenshot(page, 'tooltip-dark');
    await page.mouse.move(1, 1);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('caused no layout shift', async () => {
    expect(await ext.layoutShift(page)).toBe(0);
  });
});
