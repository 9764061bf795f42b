// "Save to my deals" in real Chromium: a page about deals between invented companies shows "not in
// your deal list yet"; Save (the tooltip's, then the popup card's) puts each deal in My deals, the page
// and the popup then show it saved, the explorer draws it with its own style, a feed sync (even one
// that tombstones its id) leaves it, and so does closing the browser and starting it again on the
// same profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deal } from '../../lib/feed/types';
import type { SyncStatus } from '../../lib/messages';
import { company, deal, feed } from '../fixtures/feeds/generate';
import { ask, eventually, openExplorer, waitUntilSeeded } from './explore-helpers';
import { launchExtension, type Extension } from './harness';
import { myDeals as savedIn, readSummary as summaryOf, tooltipOf as tooltipIn } from './my-deals-helpers';

const ARTICLE = 'articles/my-deals-vellmar-corvane.html';
const LEASE_FIGURE = '12,000 Nvidia B200 GPUs';
const ROUND_FIGURE = '$150 million';

let ext: Extension;
let keepDir: string;
beforeAll(async () => {
  keepDir = await mkdtemp(join(tmpdir(), 'deallens-my-deals-'));
  ext = await launchExtension({ keepDir });
  await waitUntilSeeded(ext);
});
afterAll(async () => {
  await ext?.close();
  await rm(keepDir, { recursive: true, force: true });
});
const readSummary = (page: Page) => summaryOf(ext, page);
const tooltipOf = (page: Page, phrase: string) => tooltipIn(ext, page, phrase);
const myDeals = () => savedIn(ext);

describe('Save to my deals', () => {
  let page: Page;
  let saved: Deal;

  it('saves a reading the deal list lacks from the tooltip; the tooltip then shows it in My deals', async () => {
    page = await ext.openPage(ARTICLE);
    const summary = await readSummary(page);
    const lease = summary.readings.find((r) => r.kind === 'compute-lease');
    expect(lease?.parties.map((p) => [p.name, p.role])).toEqual([
      ['Vellmar Robotics', 'buyer'],
      ['Corvane Cloud', 'seller'],
    ]);

    const before = await tooltipOf(page, LEASE_FIGURE);
    expect(before).toContain('Vellmar Robotics (buyer) pays Corvane Cloud (seller)');
    expect(before).toContain('not in your deal list yet');
    expect(await ext.tooltip.evaluate<string>(page, `root.querySelector('button.save').textContent`)).toBe(
      'Save to my deals',
    );
    await ext.screenshot(page, 'my-deals-tooltip-save');

    // A click no reader made (a script's, even in the extension's own world) saves nothing.
    await ext.tooltip.evaluate(page, `root.querySelector('button.save').click()`);
    await page.waitForTimeout(500);
    expect(await myDeals()).toEqual([]);

    await ext.tooltip.click(page, 'button.save');
    // The open tooltip is shown again at once, with the reading matched to My deals.
    await eventually(() => ext.tooltip.evaluate<string>(page, 'box ? box.innerText : ""')).toContain(
      'in My deals (saved from this page)',
    );
    await eventually(async () => (await myDeals()).length).toBe(1);
    [saved] = await myDeals();
    expect(saved).toMatchObject({
      kind: 'compute-lease',
      parties: [
        { name: 'Vellmar Robotics', role: 'buyer' },
        { name: 'Corvane Cloud', role: 'seller' },
      ],
      value: { currency: 'USD', amount: 780e6, period: null, termMonths: 36, total: null },
      gpus: { count: 12_000, model: 'B200' },
      status: 'confirmed',
      announced: '2026-11-24',
      sources: [
        { url: ext.server.url(ARTICLE), title: 'Vellmar Robotics signs $780 million GPU rental with Corvane Cloud' },
      ],
    });

    const after = await tooltipOf(page, LEASE_FIGURE);
    expect(after).toContain('in My deals (saved from this page)');
    expect(after).not.toContain('not in your deal list yet');
    expect(await ext.tooltip.evaluate<boolean>(page, `!!root.querySelector('button.save')`)).toBe(false);
  });

  it('saves the other reading from its popup card; the popup then shows both in My deals', async () => {
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    const round = popup.locator('.report', { hasText: 'Halden Peak Capital' });
    await round.waitFor({ timeout: 10_000 });
    expect(await round.innerText()).toContain('Not in your deal list yet');
    // The headline and the sentence that restates it are one deal: one card, saved.
    const lease = await popup.locator('.report', { hasText: 'Vellmar Robotics' }).allInnerTexts();
    expect(lease).toHaveLength(1);
    expect(lease[0]).toContain('In My deals: saved from this page');
    await ext.screenshot(popup, 'my-deals-popup', { fullPage: true });
    await round.getByRole('button', { name: 'Save to my deals' }).click();
    await eventually(() => round.innerText()).toContain('In My deals: saved from this page');
    expect(await popup.locator('.report.mine').count()).toBe(2);
    await popup.close();
    expect((await myDeals()).map((d) => d.kind)).toEqual(['compute-lease', 'funding-round']);
    expect(await tooltipOf(page, ROUND_FIGURE)).toContain('in My deals (saved from this page)');
  });

  it('shows the saved deals in the explorer, outlined and in the legend', async () => {
    const explorer = await openExplorer(ext, '#view=table&company=Corvane%20Cloud');
    const rows = explorer.locator('tr.mine');
    await eventually(() => rows.count()).toBe(2);
    expect(await explorer.locator(`tr.mine[data-deal="${saved.id}"]`).innerText()).toContain('My deal');
    expect(await explorer.locator('.mine-legend').innerText()).toContain('Dashed outline: a deal you saved');
    expect(
      await rows.first().evaluate((tr) => getComputedStyle((tr as HTMLTableRowElement).cells[0]).borderTopStyle),
    ).toBe('dashed');
    await ext.screenshot(explorer, 'my-deals-explorer');
    await explorer.close();
  });

  it('keeps them through a feed sync, even one that names a saved id among its removals', async () => {
    const feedDeal = deal('e2e-vellmar-other', ['Vellmar Robotics', 'Halden Peak Capital']);
    const hostile = feed([company('Vellmar Robotics'), company('Halden Peak Capital')], [feedDeal], {
      tombstones: { companies: [], deals: [saved.id] },
    });
    ext.server.route('/feeds/my-deals-e2e.json', (req: IncomingMessage, res: ServerResponse) => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(hostile));
    });
    const options = await ext.openOptions();
    const added: SyncStatus & { ok: boolean } = await ask(options, {
      type: 'add-feed',
      url: ext.server.url('/feeds/my-deals-e2e.json'),
    });
    expect(added.ok).toBe(true);
    const synced: SyncStatus & { ok: boolean } = await ask(options, { type: 'sync-now' });
    expect(synced.feeds.every((f) => f.lastError === null)).toBe(true);
    await options.close();
    expect((await myDeals()).map((d) => d.id)).toContain(saved.id);
    expect(await tooltipOf(page, LEASE_FIGURE)).toContain('in My deals (saved from this page)');
    await page.close();
  });

  it('edits and removes them in options: a bad amount is refused with the field named and nothing lost', async () => {
    const options = await ext.openOptions();
    const section = options.locator('#my-deals');
    await eventually(() => section.locator('.my-deal').count()).toBe(2);
    await section.getByRole('button', { name: `Edit ${saved.title}` }).click();
    await section.getByLabel('Amount').fill('780 millions');
    await section.getByLabel('Title').fill('Vellmar rents B200s from Corvane');
    await section.getByRole('button', { name: 'Save changes' }).click();
    expect(await section.getByRole('alert').innerText()).toBe('Amount: enter a number, or leave it empty');
    expect((await myDeals()).find((d) => d.id === saved.id)?.title).toBe(saved.title);
    await section.getByLabel('Amount').fill('800,000,000');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => section.getByRole('status').innerText()).toContain('Saved the changes');
    await ext.screenshot(options, 'my-deals-options');
    const round = (await myDeals()).find((d) => d.kind === 'funding-round')!;
    await section.getByRole('button', { name: `Remove ${round.title}` }).click();
    await eventually(() => section.locator('.my-deal').count()).toBe(1);
    await options.close();
    const [edited] = await myDeals();
    expect(edited).toMatchObject({ id: saved.id, title: 'Vellmar rents B200s from Corvane', value: { amount: 800e6 } });
    saved = edited;
  });

  it('keeps them when the browser is closed and started again on the same profile', async () => {
    await ext.close();
    ext = await launchExtension({ keepDir, build: false });
    await waitUntilSeeded(ext);
    expect(await myDeals()).toEqual([saved]);
    const explorer = await openExplorer(ext, '#view=table');
    await eventually(() => explorer.locator(`tr.mine[data-deal="${saved.id}"]`).count()).toBe(1);
    await explorer.close();
    // The fixture server has a new port, so the page has a new address: the saved deal (as edited)
    // is found by its parties and amount ($800M is within rounding of the page's $780M).
    const again = await ext.openPage(ARTICLE);
    await readSummary(again);
    const text = await tooltipOf(again, LEASE_FIGURE);
    expect(text).toContain('in My deals (same parties and amount)');
    expect(text).toContain('Vellmar rents B200s from Corvane');
    await again.close();
  });
});
