// The deal explorer in Chromium: opened from a company tooltip it lands on that company (and
// stays there after a reload); the table filters and exports CSV; the network and timeline
// render for the bundled feed and for a generated 10,000-deal feed. Filtering work is measured
// by the page itself (components/explore/perf.ts) and printed.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFeed } from '../fixtures/feeds/generate';
import { ask, dealCount, eventually, waitUntilSeeded } from './explore-helpers';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});
interface Timing {
  filterMs: number;
  totalMs: number;
  rows: number;
}
const timings = async (page: Page): Promise<Timing[]> =>
  JSON.parse((await page.getAttribute('html', 'data-explore-perf')) ?? '[]');

async function openExplorer(hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/explore.html${hash}`);
  await page.locator('.filters').waitFor({ timeout: 20_000 });
  return page;
}

/** Types into the search box one step at a time, waiting for each commit; returns the timings. */
async function typeSearch(page: Page, words: string[]): Promise<Timing[]> {
  const search = page.getByLabel('Search');
  const before = (await timings(page)).length;
  for (let i = 0; i < words.length; i++) {
    await search.fill(words[i]);
    await eventually(async () => (await timings(page)).length).toBeGreaterThanOrEqual(before + i + 1);
  }
  return (await timings(page)).slice(before);
}

/** A viewport point where the links' canvas has paint and no company is on top (a link). */
async function pointOnCanvasLink(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.network-plot canvas')!;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const box = canvas.getBoundingClientRect();
    for (let y = 4; y < height - 4; y += 3) {
      for (let x = 4; x < width - 4; x += 3) {
        if (data[(y * width + x) * 4 + 3] < 60) continue;
        const cx = box.left + (x / width) * box.width;
        const cy = box.top + (y / height) * box.height;
        if (!document.elementFromPoint(cx, cy)?.closest('.node')) return [cx, cy] as [number, number];
      }
    }
    throw new Error('no link drawn on the canvas');
  });
}

/** A viewport point on one of the focused company's arrows where no circle covers it. */
async function pointOnFocusedArrow(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    for (const line of document.querySelectorAll<SVGLineElement>('line.edge.focused')) {
      const m = line.getScreenCTM()!;
      const [x1, y1, x2, y2] = [line.x1, line.y1, line.x2, line.y2].map((a) => a.baseVal.value);
      for (let t = 0.2; t <= 0.8; t += 0.05) {
        const p = new DOMPoint(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t).matrixTransform(m);
        if (document.elementFromPoint(p.x, p.y) === line) return [p.x, p.y] as [number, number];
      }
    }
    throw new Error('every focused arrow is covered by circles');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('deal explorer', () => {
  beforeAll(() => waitUntilSeeded(ext));

  it('opens from a company tooltip on that company, and a reload keeps it', async () => {
    const article = await ext.openPage('articles/compute-deals.html');
    await ext.hoverText(article, 'xAI');
    expect(await ext.readTooltip(article)).toMatch(/All deals of xAI/);
    await ext.screenshot(article, 'explore-tooltip-link');
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
    await ext.tooltip.click(article, 'button.explore');
    const page = await opened;
    await page.locator('.filters').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).hash).toBe('#company=xAI');
    await eventually(() => page.locator('.node.selected').getAttribute('data-company')).toBe('xAI');
    expect(await page.getByLabel('Company', { exact: true }).inputValue()).toBe('xAI');
    // Focus: xAI and its counterparties stand out, the rest is dimmed.
    expect(await page.locator('.node:not(.dim)').count()).toBeGreaterThan(1);
    expect(await page.locator('.node.dim').count()).toBeGreaterThan(10);
    await ext.screenshot(page, 'explore-network-focused');

    await page.reload();
    await eventually(() => page.locator('.node.selected').getAttribute('data-company'), 20_000).toBe('xAI');
    // Hovering an arrow of xAI names its deals.
    await page.mouse.move(...(await pointOnFocusedArrow(page)));
    await eventually(() => page.locator('.edge-details h3').innerText()).toContain('xAI');
    // Click another company from the keyboard: the address follows.
    await page.locator('.node:not(.dim):not(.selected)').first().focus();
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).hash).not.toBe('#company=xAI');
    await page.close();
    await article.close();
  });

  it('is linked from the popup and the options page', async () => {
    const popup = await ext.openPopup();
    await expect
      .poll(() => popup.getByRole('link', { name: 'Explore deals' }).getAttribute('href'))
      .toBe('/explore.html');
    await popup.close();
    const options = await ext.openOptions();
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
    await options.getByRole('link', { name: 'Explore deals' }).click();
    const page = await opened;
    await page.locator('.node').first().waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/explore.html');
    await page.close();
    await options.close();
  });

  it('opens a deal deep link and shows its card', async () => {
    const page = await openExplorer('#deal=anthropic-xai-colossus1-2026&view=table');
    await eventually(() => page.locator('.deal-panel').innerText()).toContain('Anthropic');
    expect(await page.locator('tr.selected').count()).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('filters the table and exports the filtered rows as CSV', async () => {
    const page = await openExplorer('#view=table');
    const total = await dealCount(page);
    expect(total).toBeGreaterThan(50);
    await page.getByLabel('Kind').selectOption('compute-lease');
    await page.getByLabel('Company', { exact: true }).fill('xAI');
    await page.getByLabel('Company', { exact: true }).press('Enter');
    await page.getByLabel('Company', { exact: true }).blur();
    await eventually(() => new URL(page.url()).hash).toContain('company=xAI');
    const shown = await dealCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const row of await page.locator('tbody tr').all()) {
      expect(await row.innerText()).toMatch(/xAI/);
      expect(await row.innerText()).toMatch(/compute lease/);
    }
    // Sort by annual value, largest first, then the other way.
    await page.getByRole('button', { name: /^Annual USD/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toMatch(/Annual USD/);
    const annual = async () =>
      (await page.locator('tbody td.num:nth-of-type(7)').allInnerTexts()).filter((t) => t !== '—');
    expect((await annual()).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Annual USD/ }).click();
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toMatch(/Annual USD/);
    for (const a of await page.locator('tbody a').all()) {
      expect(await a.getAttribute('href')).toMatch(/^https?:/);
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await ext.screenshot(page, 'explore-table', { fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,announced,title,kind,status,parties/);
    expect(lines).toHaveLength(shown + 1);
    expect(lines.slice(1).every((l) => l.includes('compute-lease') && l.includes('xAI'))).toBe(true);
    expect((await download).suggestedFilename()).toBe('deallens-deals-xAI.csv');
    await page.close();
  });

  it('draws the timeline stacked by kind, the selected company outlined, in light and dark', async () => {
    const page = await openExplorer('#company=xAI&view=timeline');
    await eventually(() => page.locator('.bucket').count()).toBeGreaterThan(4);
    expect(await page.locator('.bucket rect[class^="d-"]').count()).toBeGreaterThan(4);
    expect(await page.locator('rect.selected-part').count()).toBeGreaterThan(0);
    await page.getByLabel('month').check();
    await eventually(() => page.locator('.bucket').count()).toBeGreaterThan(12);
    await ext.screenshot(page, 'explore-timeline');
    await page.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(page, 'explore-timeline-dark');
    await page.goto(`chrome-extension://${ext.id}/explore.html`);
    await page.locator('.node').first().waitFor({ timeout: 20_000 });
    await ext.screenshot(page, 'explore-network-dark');
    await page.close();
  });

  it('renders the bundled network, then a 10,000-deal feed, and filters it in a frame of our own work', async () => {
    const page = await openExplorer();
    const bundledNodes = await page.locator('.node').count();
    expect(bundledNodes).toBeGreaterThan(30);
    await ext.screenshot(page, 'explore-network');

    // A market-sized cache first: 1,000 deals among 100 companies must stay readable.
    expect(
      await ask(page, { type: 'import-feed', text: JSON.stringify(generateFeed(1_000, 100, 7, true)) }),
    ).toMatchObject({ ok: true, deals: 1_000 });
    await page.reload();
    await page.locator('.node').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.node').count()).toBeGreaterThanOrEqual(100);
    await ext.screenshot(page, 'explore-network-1k');

    const text = JSON.stringify(generateFeed(10_000, 500, 42, true));
    expect(await ask(page, { type: 'import-feed', text })).toMatchObject({ ok: true, deals: 10_000 });
    const t0 = Date.now();
    await page.reload();
    await page.locator('.node').first().waitFor({ timeout: 60_000 });
    const firstOpenMs = Date.now() - t0;
    expect(await page.locator('.node').count()).toBeGreaterThan(500);
    // The links are on the canvas (1,500 heaviest), not 1,500 SVG elements.
    expect(await page.locator('.network-plot canvas').getAttribute('data-edges')).toBe('1500');
    expect(await page.locator('line.edge').count()).toBe(0);
    await ext.screenshot(page, 'explore-network-10k');
    // Hovering a link drawn on the canvas names its deals (hit-tested against the cached layout).
    await page.mouse.move(...(await pointOnCanvasLink(page)));
    await eventually(() => page.locator('.edge-details h3').count()).toBe(1);
    expect(await page.locator('.edge-details h3').innerText()).toMatch(/^.+ [→↔] .+$/);
    expect(await page.locator('line.edge.hover').count()).toBe(1);
    const t1 = Date.now();
    await page.reload();
    await page.locator('.node').first().waitFor({ timeout: 60_000 });
    const reopenMs = Date.now() - t1; // layout from sessionStorage

    const netTimes = await typeSearch(page, [
      'c',
      'co',
      'company 1',
      'company 12',
      'company 123',
      '',
      'test',
      'report',
      '',
    ]);
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('tbody tr').first().waitFor();
    const tableTimes = await typeSearch(page, [
      'c',
      'co',
      'company 1',
      'company 12',
      'company 123',
      '',
      'test',
      'report',
      '',
    ]);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.bucket').first().waitFor();
    const timeTimes = await typeSearch(page, [
      'c',
      'co',
      'company 1',
      'company 12',
      'company 123',
      '',
      'test',
      'report',
      '',
    ]);
    await ext.screenshot(page, 'explore-timeline-10k');
    const fmt = (t: Timing[]) =>
      `filter median ${median(t.map((x) => x.filterMs)).toFixed(1)} ms ` +
      `(max ${Math.max(...t.map((x) => x.filterMs)).toFixed(1)}), ` +
      `filter+render median ${median(t.map((x) => x.totalMs)).toFixed(1)} ms ` +
      `(max ${Math.max(...t.map((x) => x.totalMs)).toFixed(1)})`;
    console.log(
      `[explore e2e, Chromium, 10,000 deals / 500 companies] first open (load + layout) ${firstOpenMs} ms, ` +
        `reopen (cached layout) ${reopenMs} ms; ` +
        `network: ${fmt(netTimes)}; table: ${fmt(tableTimes)}; timeline: ${fmt(timeTimes)}`,
    );
    // Timings are reported (and compared in `npm run bench -- explore`), not asserted: a wall-clock
    // bound on a shared 2-core machine fails for reasons that are not ours. What keeps the redraw
    // cheap is structural and asserted above: links are drawn on the canvas, not as 1,500 <line>s.
    for (const t of [...netTimes, ...tableTimes, ...timeTimes]) {
      expect(Number.isFinite(t.filterMs) && Number.isFinite(t.totalMs) && t.totalMs >= t.filterMs).toBe(true);
    }
    await page.close();
  });
});
