// SECURITY.md's promise "nothing is recorded from private windows", end to end in Chromium: the
// reader allows DealLens in Incognito (the per-profile setting the "Allow in Incognito" switch of
// chrome://extensions writes, set in the profile between two launches: clicking the switch reloads
// an extension loaded from the command line into a disabled state) and turns the reading trail on;
// an article read in an Incognito window is annotated and its deals looked up there, yet the trail
// stays empty; the same article in a normal window is recorded.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { waitForLookup } from './annotate-helpers';
import { eventually } from './explore-helpers';
import { launchExtension, type Extension } from './harness';

// The service worker's `chrome` global, as far as this test uses it.
declare const chrome: {
  windows: {
    create(o: object): Promise<{ id?: number; incognito: boolean; tabs?: { id?: number }[] }>;
    remove(id: number): Promise<void>;
  };
  tabs: { sendMessage(tabId: number, msg: unknown): Promise<unknown> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
};

let ext: Extension;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deallens-private-'));
  ext = await launchExtension({ keepDir: dir });
  const id = ext.id;
  await ext.close();
  const file = join(dir, 'profile/Default/Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  prefs.extensions.settings[id].incognito = true;
  writeFileSync(file, JSON.stringify(prefs));
  ext = await launchExtension({ keepDir: dir });
});
afterAll(async () => {
  await ext?.close();
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = 'articles/compute-deals.html';
const ask = (page: Page, m: object) => page.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m);
const trailOf = async (page: Page): Promise<unknown[]> => (await ask(page, { type: 'explore-data' })).trail;

describe('private windows', () => {
  it('an article read in an Incognito window is annotated but leaves no reading trail', async () => {
    const options = await ext.openOptions();
    await eventually(async () => (await ask(options, { type: 'sync-status' }))?.seeded, 20_000).toBe(true);
    expect(await (await ext.worker()).evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    const toggle = options.getByRole('switch', { name: /Remember the deals found on pages I read/ });
    await eventually(() => toggle.isDisabled()).toBe(false);
    await toggle.check();

    const worker = await ext.worker();
    const win = await worker.evaluate(
      (url) => chrome.windows.create({ incognito: true, url }),
      ext.server.url(ARTICLE),
    );
    expect(win.incognito).toBe(true);
    const tabId = win.tabs![0].id!;
    // The content script ran in the private tab: the page's figures were marked and looked up.
    await eventually(async () => {
      const reply = (await (
        await ext.worker()
      ).evaluate((t) => chrome.tabs.sendMessage(t, { type: 'page-summary' }).catch(() => null), tabId)) as
        (PageSummary & { ok: boolean }) | null;
      return !!reply?.ok && reply.mentions.length > 0 && reply.lookup !== null && reply.readings.length > 0;
    }, 20_000).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000)); // a trail record would have been sent by now
    expect(await trailOf(options)).toEqual([]);
    await worker.evaluate((id) => chrome.windows.remove(id), win.id!);

    // The control: the same article in a normal window is recorded.
    const article = await ext.openPage(ARTICLE);
    await waitForLookup(article);
    await eventually(async () => (await trailOf(options)).length, 10_000).toBeGreaterThan(0);
    await article.close();
    await options.close();
  });
});
