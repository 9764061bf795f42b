// The explorer's pictures at phone and desktop widths: at 360–400 px they keep a readable size and
// pan sideways inside their own box, the lists following them; at 1280 px no two company names
// overlap (the least important give way), for the bundled feed and a 1,000-deal one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFeed } from '../fixtures/feeds/generate';
import { ask, eventually, hashOf, openExplorer, waitUntilSeeded } from './explore-helpers';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await waitUntilSeeded(ext);
});
afterAll(async () => {
  await ext?.close();
});

/** Rectangles of the drawn company names, in page pixels. */
const labelBoxes = (page: Page) =>
  page.locator('.labels text').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }),
  );
type Box = Awaited<ReturnType<typeof labelBoxes>>[number];
/** Pairs of names whose boxes overlap by more than half a pixel each way. */
const collisions = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter(
        (b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5,
      )
      .map((b) => `${a.name} × ${b.name}`),
  );

describe('the explorer at 400 px', () => {
  for (const width of [400, 360]) {
    it(`keeps the network readable at ${width} px: it pans sideways, the lists follow it`, async () => {
      const page = await openExplorer(ext, '', width);
      await page.locator('.node').first().waitFor({ timeout: 20_000 });
      const plot = (await page.locator('.network-plot').boundingBox())!;
      expect(plot.width).toBeGreaterThanOrEqual(800);
      // The page itself does not scroll sideways: the picture's own box does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const scroller = (await page.locator('.network-scroll').boundingBox())!;
      expect(scroller.width).toBeLessThanOrEqual(width);
      // Names at a readable size, the side lists below the picture.
      const nameHeight = await page
        .locator('.labels text')
        .first()
        .evaluate((e) => e.getBoundingClientRect().height);
      expect(nameHeight).toBeGreaterThanOrEqual(9);
      const side = (await page.locator('.network-side').boundingBox())!;
      expect(side.y).toBeGreaterThanOrEqual(scroller.y + scroller.height - 1);
      await ext.screenshot(page, `explore-${width}-network`);
      // Tapping a company focuses it and lists its deals under the picture.
      await page.locator('.node[data-company="xAI"]').click();
      await page.getByRole('list', { name: 'Deals of xAI' }).waitFor();
      await ext.screenshot(page, `explore-${width}-network-focused`, { fullPage: true });
      await page.close();
    });
  }

  it('keeps the timeline and the table inside 400 px', async () => {
    const page = await openExplorer(ext, '#view=timeline', 400);
    await page.locator('.bucket').first().waitFor();
    expect((await page.locator('.chart-scroll svg').boundingBox())!.width).toBeGreaterThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await ext.screenshot(page, 'explore-400-timeline');
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await ext.screenshot(page, 'explore-400-table');
    await page.close();
  });
});

describe('company names at 1280 px', () => {
  it('never overlap, focused or not; the largest company is named', async () => {
    const page = await openExplorer(ext);
    await page.locator('.node').first().waitFor({ timeout: 20_000 });
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(collisions(boxes)).toEqual([]);
    // Names are drawn after (over) every circle.
    expect(await page.locator('.network-plot svg > g:last-child').getAttribute('class')).toBe('labels');
    const largest = await page.locator('.node').first().getAttribute('data-company');
    expect(boxes.map((b) => b.name)).toContain(largest);
    await ext.screenshot(page, 'explore-labels-1280');
    await page.locator('.node[data-company="xAI"]').click();
    await eventually(() => hashOf(page)).toBe('#company=xAI');
    const focusedBoxes = await labelBoxes(page);
    expect(focusedBoxes.map((b) => b.name)).toContain('xAI');
    expect(collisions(focusedBoxes)).toEqual([]);
    await ext.screenshot(page, 'explore-labels-1280-focused');

    // A market-sized cache: 1,000 deals among 100 companies.
    expect(
      await ask(page, { type: 'import-feed', text: JSON.stringify(generateFeed(1_000, 100, 7, true)) }),
    ).toMatchObject({ ok: true, deals: 1_000 });
    await page.goto(`chrome-extension://${ext.id}/explore.html`);
    await page.locator('.node').first().waitFor({ timeout: 30_000 });
    const many = await labelBoxes(page);
    expect(many.length).toBeGreaterThan(5);
    expect(collisions(many)).toEqual([]);
    await ext.screenshot(page, 'explore-labels-1280-1k');
    await page.close();
  });
});
