// Shared by test/e2e/my-deals.e2e.ts: reading a page's summary, a figure's tooltip and the saved deals.
import type { Page } from 'playwright-core';
import type { Deal } from '../../lib/feed/types';
import type { PageSummary } from '../../lib/messages';
import { ask } from './explore-helpers';
import type { Extension } from './harness';

/** The content script's summary once it has read the page's deals and heard from the background. */
export async function readSummary(ext: Extension, page: Page): Promise<PageSummary> {
  let last: unknown;
  for (let i = 0; i < 60; i++) {
    const s: PageSummary | Error = await ext.pageSummary(page).catch((e: Error) => e);
    if (!(s instanceof Error) && s.lookup && s.readings.length) return s;
    last = s;
    await page.waitForTimeout(250);
  }
  throw new Error(`page never summarized: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

/** The tooltip of `phrase`, read afresh (the pointer leaves and comes back). */
export async function tooltipOf(ext: Extension, page: Page, phrase: string): Promise<string> {
  await page.keyboard.press('Escape');
  await ext.hoverText(page, phrase);
  return ext.readTooltip(page, { more: false });
}

/** The saved deals, as the options page lists them (through the background). */
export async function myDeals(ext: Extension): Promise<Deal[]> {
  const options = await ext.openOptions();
  try {
    return (await ask(options, { type: 'my-deals' })).deals;
  } finally {
    await options.close();
  }
}
