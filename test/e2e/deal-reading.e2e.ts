// Deal reading in real Chromium: the sample article's tooltip and popup lead with the deal it reports;
// a deal between two invented companies shows "not in your deal list yet"; a bare accelerator count
// with no parties matches no deal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { launchExtension, type Extension } from './harness';
import type { Page } from 'playwright-core';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** The content script's summary once it has read the page and heard from the background. */
async function readSummary(page: Page): Promise<PageSummary> {
  let last: unknown;
  for (let i = 0; i < 60; i++) {
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

/** Opens the popup on the page's tab and waits for its deal cards. */
async function popupOf(page: Page): Promise<Page> {
  const popup = await ext.openPopup(await ext.tabIdOf(page));
  await popup.locator('.report-list').first().waitFor({ timeout: 10_000 });
  return popup;
}

describe('deal reading', () => {
  it('leads the sample article’s tooltip and popup with the deal it reports, and its cached match', async () => {
    const page = await ext.openPage('articles/compute-deals.html');
    const summary = await readSummary(page);
    const lease = summary.readings.find((r) => r.parties.some((p) => p.name === 'xAI' && p.role === 'seller'));
    expect(lease?.parties.find((p) => p.role === 'buyer')?.name).toBe('Anthropic');
    // Page-wide ids name the reading's mentions; every one is a mention the page summary lists.
    for (const id of lease!.mentionIds) expect(summary.mentionIds).toContain(id);

    await ext.hoverText(page, '$1.25 billion a month');
    const text = await ext.readTooltip(page);
    expect(text).toMatch(/^.*?Anthropic \(buyer\) pays xAI \(seller\) \$1\.25B a month/s);
    expect(text).toContain('in your deal list (same parties and amount)');
    // The reading comes before today's lines.
    expect(text.indexOf('Anthropic (buyer)')).toBeLessThan(text.indexOf('Per year'));
    await ext.screenshot(page, 'deal-reading-tooltip');

    const popup = await popupOf(page);
    const first = popup.locator('.popup-body section h2').first();
    expect(await first.textContent()).toBe('Deals this article reports');
    const cards = await popup.locator('.report').allInnerTexts();
    expect(cards.some((c) => /Anthropic \(buyer\) pays xAI \(seller\)/.test(c) && /In your deal list/.test(c))).toBe(
      true,
    );
    // The cached Microsoft–Nebius deal has a base amount and a larger total with options: the base agrees.
    expect(cards.some((c) => /Microsoft \(buyer\) pays Nebius \(seller\)/.test(c) && /In your deal list/.test(c))).toBe(
      true,
    );
    await ext.screenshot(popup, 'deal-reading-popup', { fullPage: true });
    await popup.close();
    await page.close();
  });

  it('says a deal between two invented companies is not in the deal list yet', async () => {
    const page = await ext.openPage('deals/articles/computewire-halvard-tessaly.html');
    const summary = await readSummary(page);
    const round = summary.readings.find((r) => r.kind === 'funding-round' && r.money?.amount === 250e6);
    expect(round?.parties.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ['Halvard Semiconductor', 'investee'],
        ['Arcwright Ventures', 'investor'],
      ]),
    );
    // The first "$250 million" is in the standfirst, outside the article body the extension reads.
    await ext.hoverText(page, '$250 million', { occurrence: 1 });
    const text = await ext.readTooltip(page);
    expect(text).toContain('Arcwright Ventures');
    expect(text).toContain('not in your deal list yet');
    const popup = await popupOf(page);
    const card = popup.locator('.report', { hasText: 'Arcwright Ventures' });
    expect(await card.innerText()).toContain('Not in your deal list yet');
    await popup.close();
    await page.close();
  });

  it('matches no deal to a bare "200,000 GPUs" with no parties', async () => {
    const page = await ext.openPage('deals/pages/bare-gpus.html');
    const summary = await readSummary(page);
    expect(summary.readings).toEqual([]);
    await ext.hoverText(page, '200,000 GPUs');
    const text = await ext.readTooltip(page);
    expect(text).not.toMatch(/deal list|Matching deal|Related deal/i);
    expect(await ext.tooltip.evaluate<number>(page, `box.querySelectorAll('.deal').length`)).toBe(0);
    await page.close();
  });
});
