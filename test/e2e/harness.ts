// The end-to-end harness: Debian Chromium (playwright-core) with the built extension, a fixture
// server, and helpers that act like a reader (hover a phrase, read the tooltip, open the popup).
// One launcher for tests and for `npm start` (scripts/demo.ts).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createTooltipReader, type TooltipReader } from './tooltip-reader';
import type { PageSummary, Reply } from '../../lib/messages';
import { CHROMIUM, ROOT, ensureBuilt, requireChromium, snapshotBuild } from './build';
import { FIND_PHRASE_JS, type PhraseRect } from './find-text';
import { startFixtureServer, type FixtureServer } from './fixture-server';
export { MissingChromiumError } from './build';

// The service worker's `chrome` global, as far as the harness uses it (evaluated in the worker).
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
};

export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');

// From TOOLCHAIN.md: without the networking flags Chromium keeps trying hosts it cannot reach.
// Even with them it still calls Google (sign-in, updates): the resolver rule keeps every run
// hermetic: only loopback resolves.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

interface LaunchOptions {
  /** Default: headless. `npm start` shows the browser when a display exists. */
  headless?: boolean;
  /** Build first when `.output/chrome-mv3` is missing or stale (default true). */
  build?: boolean;
  /** More Chromium switches (e.g. `--log-net-log=FILE` to record every request the browser makes). */
  args?: string[];
  /** Environment of the browser process (e.g. LANGUAGE, which sets Chromium's UI locale on Linux). */
  env?: Record<string, string>;
  /** Return at once, without waiting for the welcome tab a fresh install opens (the test reads it). */
  keepWelcome?: boolean;
  /** A folder for the profile and the extension copy that outlives close(): launching again with the
   *  same folder is the same browser restarted (same extension id, same IndexedDB). The caller
   *  removes it. Default: a fresh temp folder, removed on close. */
  keepDir?: string;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  server: FixtureServer;
  /** The extension's service worker (re-found if Chromium restarted it). */
  worker(): Promise<Worker>;
  openPage(path: string): Promise<Page>;
  hoverText(page: Page, phrase: string, opts?: { occurrence?: number; waitForTooltip?: boolean }): Promise<PhraseRect>;
  /** The open tooltip's text, with "More" opened first unless `more: false`. */
  readTooltip(page: Page, opts?: { timeout?: number; more?: boolean }): Promise<string>;
  /** The tooltip as the extension sees it (its shadow root is closed to the page): see tooltip-reader.ts. */
  tooltip: TooltipReader;
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  pageSummary(page: Page): Promise<PageSummary>;
  screenshot(page: Page, name: string, opts?: { fullPage?: boolean }): Promise<string>;
  layoutShift(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Waits briefly for the welcome tab of a fresh install (a relaunched profile has none), so that
 *  the pages a test opens next come in front of it. It is left open: closing it made the next
 *  browser of the same run lose its locale's messages (seen with de, then ja). */
async function awaitWelcome(context: BrowserContext): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits
 *  spelled with the letters a–p. (The service worker's URL, checked at launch, carries the same.) */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<Extension> {
  requireChromium();
  if (opts.build !== false) ensureBuilt();
  // One temp folder per run: the browser profile and a private copy of the extension.
  const runDir = opts.keepDir ?? (await mkdtemp(join(tmpdir(), 'deallens-run-')));
  const removeRunDir = () => (opts.keepDir ? Promise.resolve() : rm(runDir, { recursive: true, force: true }));
  const extDir = await snapshotBuild('chrome', join(runDir, 'chrome-mv3')).catch(async (e) => {
    await removeRunDir();
    throw e;
  });
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(join(runDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...FLAGS, ...(opts.args ?? [])],
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
  });
  const id = unpackedExtensionId(extDir);

  // Polling as well as listening: under load the 'serviceworker' event can come and go before
  // the listener is attached, while serviceWorkers() is still empty.
  async function worker(): Promise<Worker> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
      if (live) return live;
      if (Date.now() > deadline) {
        const seen =
          context
            .serviceWorkers()
            .map((w) => w.url())
            .join(', ') || 'none';
        throw new Error(`The extension's service worker (id ${id}) did not start within 30 s; workers: ${seen}`);
      }
      await context.waitForEvent('serviceworker', { timeout: 250 }).catch(() => {});
    }
  }
  try {
    await worker(); // the extension loaded and its background runs
  } catch (e) {
    await context.close().catch(() => {});
    await server.close();
    await removeRunDir();
    throw e;
  }

  // A fresh install opens the welcome tab, which would stay in front: pages opened behind it are
  // background tabs, whose frames and input Chromium throttles to about one a second. openPage
  // brings each page to the front once the welcome tab is there.
  if (!opts.keepWelcome) await awaitWelcome(context);

  async function openExtensionPage(file: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${file}`);
    return page;
  }

  // Without the `tabs` permission (which DealLens does not ask for) tabs.query hides URLs, so the
  // page is made the active tab and the active tab's id is read.
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const sw = await worker();
    const tabId = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
    if (tabId == null) throw new Error(`No active tab for ${page.url()} (is the page still open?)`);
    return tabId;
  }

  const tooltip = createTooltipReader(id);
  const ext: Extension = {
    context,
    tooltip,
    id,
    server,
    worker,
    tabIdOf,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(/^[a-z-]+:/.test(path) ? path : server.url(path));
      await page.bringToFront(); // a reader reads the tab in front; background tabs are throttled
      return page;
    },
    async hoverText(page, phrase, o = {}) {
      const find = (scroll: boolean) =>
        page.evaluate(
          `${FIND_PHRASE_JS}(${JSON.stringify({ phrase, occurrence: o.occurrence ?? 0, scroll })})`,
        ) as Promise<PhraseRect | { error: string }>;
      await find(true);
      let rect = await find(false);
      // A reader hovers what is marked: wait for the mark first (a waking worker can make it late),
      // unless the test expects no tooltip.
      for (const end = Date.now() + 8_000; o.waitForTooltip !== false && !('error' in rect) && rect.marked === false;) {
        if (Date.now() > end) throw new Error(`"${phrase}" was not marked within 8 s`);
        await page.waitForTimeout(100);
        rect = await find(false);
      }
      if ('error' in rect) throw new Error(rect.error);
      // Arrive from outside the phrase so the page sees a real enter, not a jump onto it.
      await page.mouse.move(1, 1);
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
      if (o.waitForTooltip !== false) await tooltip.waitFor(page, 'visible', 5_000);
      return rect;
    },
    async readTooltip(page, o = {}) {
      await tooltip.waitFor(page, 'visible', o.timeout ?? 5_000);
      // The whole card: open "More" (the reader's click) when the essentials hide the rest.
      if (
        o.more !== false &&
        (await tooltip.evaluate<boolean>(page, `!!root.querySelector('.more-toggle[aria-expanded="false"]')`))
      ) {
        await tooltip.click(page, '.more-toggle');
        await page.waitForTimeout(50);
      }
      return ((await tooltip.evaluate<string | null>(page, 'box && box.innerText')) ?? '').trim();
    },
    openPopup: (tabId) => openExtensionPage(tabId == null ? 'popup.html' : `popup.html?tabId=${tabId}`),
    openOptions: () => openExtensionPage('options.html'),
    async pageSummary(page) {
      const tabId = await tabIdOf(page);
      const sw = await worker();
      const reply = (await sw.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'page-summary' }), tabId)) as
        Reply<PageSummary> | undefined;
      if (!reply) throw new Error('The content script did not answer page-summary');
      if (!reply.ok) throw new Error(`page-summary failed: ${reply.error}`);
      const { ok: _ok, ...summary } = reply;
      return summary as PageSummary;
    },
    async screenshot(page, name, o = {}) {
      await mkdir(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path, fullPage: o.fullPage ?? false });
      return path;
    },
    // Cumulative layout shift so far (shifts without recent input), from the buffered entries.
    layoutShift: (page) =>
      page.evaluate(`new Promise(function (resolve) {
        var total = 0;
        new PerformanceObserver(function (list) {
          list.getEntries().forEach(function (e) { if (!e.hadRecentInput) total += e.value; });
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(function () { resolve(total); }, 50);
      })`) as Promise<number>,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await removeRunDir();
    },
  };
  return ext;
}
