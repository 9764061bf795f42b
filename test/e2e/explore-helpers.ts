// Shared by the explorer's end-to-end files: asking the background, and waiting until the
// bundled feed is in the deal cache (the explorer shows the cache).
import type { Page } from 'playwright-core';
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
