// Shared by the explorer's end-to-end files: asking the background, and waiting until the
// bundled feed is in the deal cache (the explorer shows the cache).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Extension } from './harness';

/** A message to the background from an extension page, as the extension's own pages send it. */
export const ask = (page: Page, m: object) =>
  page.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m);

/** Waits (from a hook: expect.poll is for tests only) until the bundled feed is seeded. */
export async function waitUntilSeeded(ext: Extension, timeoutMs = 20_000): Promise<void> {
  const options = await ext.openOptions();
  const deadline = Date.now() + timeoutMs;
  while (!(await ask(options, { type: 'sync-status' })).seeded) {
    if (Date.now() > deadline) throw new Error(`The bundled feed was not seeded within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await options.close();
}

/** The explorer in a new tab of `width` × 900 px, once its filter bar shows. */
export async function openExplorer(ext: Extension, hash = '', width = 1280): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${ext.id}/explore.html${hash}`);
  await page.locator('.filters').waitFor({ timeout: 20_000 });
  return page;
}

/** The address's hash, decoded ("#company=xAI"). */
/** The number of the table's live line ("155 deals", "1.234 Deals": digits and group marks). */
export const dealCount = async (page: Page) =>
  Number(
    /\d[\d,.\u00a0\u202f]*/.exec(await page.locator('.table-tools strong').innerText())?.[0].replace(/\D/g, '') ?? NaN,
  );

export const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** Polls `read` until its assertion holds (expect.poll with the explorer files' timeout). */
export const eventually = <T>(read: () => Promise<T> | T, timeout = 10_000) =>
  expect.poll(read, { timeout, interval: 100 });
