// Cost over time (issue #16), in one run: the same pages in Chromium with the built extension and
// in the same Chromium without it (`npm run bench -- cost`). Main-thread time is Chromium's own
// count of the page renderer's main-thread tasks (CDP Performance.getMetrics TaskDuration): style,
// layout, paint and highlight markers included, which the content script's own timer never sees.
//   (a) ~1,000 marks and a running animation: frames per second and main-thread ms per second,
//       with DealLens / without (target: at most 1.25×).
//   (b) a live page appending a paragraph every 250 ms: main-thread ms per appended paragraph,
//       early (page small) and late (page grown), with and without (target: flat).
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchExtension } from '../test/e2e/harness';
import { CHROMIUM } from '../test/e2e/build';
import { perfReport, waitForLookup, waitForMarks } from '../test/e2e/annotate-helpers';
import { animatedPage, livePage } from './cost-pages';

export const name = 'cost';

const MARKED_PARAGRAPHS = 160; // about 6 marks each (counted below)
/** The sparse variant: this many paragraphs with nothing to mark after each marked one. */
const SPARSE_PLAIN_AFTER = 4;
const RUNS = 3;
const WINDOW_MS = 5_000;
const LIVE = { start: 5, total: 245, everyMs: 250 };
/** Appended paragraphs per phase compared (early: the first ones after a settle, late: the last). */
const PHASE = 60;

const round = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Sample = { fps: number; msPerS: number };

interface Metrics {
  taskS: number;
  at: number;
}
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
  return { taskS: get('TaskDuration'), at: get('Timestamp') };
}

/** The same Chromium and switches as the harness (test/e2e/harness.ts), without the extension. */
async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'deallens-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return { context, close: async () => (await context.close(), await rm(dir, { recursive: true, force: true })) };
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.bringToFront(); // background tabs are throttled
  return { page, cdp };
}

/** Frames per second and main-thread ms per second over one window of the animated page. */
async function animationWindow(page: Page, cdp: CDPSession): Promise<Sample> {
  const f0 = (await page.evaluate('window.__frames')) as number;
  const m0 = await metrics(cdp);
  await page.waitForTimeout(WINDOW_MS);
  const f1 = (await page.evaluate('window.__frames')) as number;
  const m1 = await metrics(cdp);
  const s = m1.at - m0.at;
  return { fps: (f1 - f0) / s, msPerS: ((m1.taskS - m0.taskS) * 1000) / s };
}

async function markCount(page: Page): Promise<number> {
  return (await page.evaluate(
    `(function () { var n = 0;
    CSS.highlights.forEach(function (h, k) { ` +
      `if (k.indexOf('deallens-') === 0 && k !== 'deallens-active') n += h.size; });
    return n; })()`,
  )) as number;
}

/** Samples (appended count, main-thread seconds) once a second until the page stops appending. */
async function liveSamples(page: Page, cdp: CDPSession): Promise<{ n: number; taskS: number }[]> {
  const out: { n: number; taskS: number }[] = [];
  for (;;) {
    const n = (await page.evaluate('window.__appended')) as number;
    out.push({ n, taskS: (await metrics(cdp)).taskS });
    if (n >= LIVE.total - LIVE.start) break;
    await page.waitForTimeout(1_000);
  }
  await page.waitForTimeout(1_500); // the last append's scan and lookup
  out.push({ n: LIVE.total - LIVE.start + 1, taskS: (await metrics(cdp)).taskS });
  return out;
}

/** Main-thread ms per appended paragraph between the samples nearest to appended counts a and b. */
function perParagraph(samples: { n: number; taskS: number }[], a: number, b: number): number {
  const near = (n: number) => samples.reduce((best, s) => (Math.abs(s.n - n) < Math.abs(best.n - n) ? s : best));
  const [s, e] = [near(a), near(b)];
  return ((e.taskS - s.taskS) * 1000) / Math.max(1, e.n - s.n);
}

export async function run(): Promise<Record<string, number | string>> {
  const load = loadavg()[0];
  const ext = await launchExtension();
  const plain = await launchPlain();
  try {
    ext.server.route('/cost-animated.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: animatedPage(MARKED_PARAGRAPHS),
    });
    ext.server.route('/cost-sparse.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: animatedPage(MARKED_PARAGRAPHS, SPARSE_PLAIN_AFTER),
    });
    ext.server.route('/cost-live.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: livePage(LIVE.start, LIVE.total, LIVE.everyMs),
    });
    const url = (p: string) => ext.server.url(p);
    /** The animated page at `path`, alternately without and with DealLens, RUNS times each. */
    const animated = async (path: string) => {
      const out = { with: [] as Sample[], without: [] as Sample[], marks: 0, registered: 0, ourMs: 0 };
      for (let r = 0; r < RUNS; r++) {
        const a = await open(plain.context, url(path));
        await a.page.waitForTimeout(1_500);
        out.without.push(await animationWindow(a.page, a.cdp));
        await a.page.close();
        const b = await open(ext.context, url(path));
        await waitForMarks(b.page, 500, 30_000);
        await waitForLookup(b.page, 30_000);
        await b.page.waitForTimeout(1_000);
        out.with.push(await animationWindow(b.page, b.cdp));
        const report = await perfReport(b.page);
        out.marks = report?.mentions ?? NaN;
        out.ourMs = report?.busyMs ?? NaN;
        out.registered = await markCount(b.page);
        await b.page.close();
      }
      return out;
    };
    const dense = await animated('/cost-animated.html');
    const sparse = await animated('/cost-sparse.html');
    const live: Record<string, { early: number; late: number; ours: number }> = {};
    let liveMarks = '';
    for (const [label, context] of [
      ['without', plain.context],
      ['with', ext.context],
    ] as const) {
      const { page, cdp } = await open(context, url('/cost-live.html'));
      const samples = await liveSamples(page, cdp);
      const last = LIVE.total - LIVE.start;
      live[label] = {
        early: perParagraph(samples, 10, 10 + PHASE),
        late: perParagraph(samples, last - PHASE, last + 1),
        ours: label === 'with' ? ((await perfReport(page))?.busyMs ?? NaN) : 0,
      };
      if (label === 'with') liveMarks = `${(await perfReport(page))?.mentions}; ${await markCount(page)}`;
      await page.close();
    }
    const fps = (xs: Sample[]) => round(median(xs.map((x) => x.fps)));
    const busy = (xs: Sample[]) => round(median(xs.map((x) => x.msPerS)));
    const pair = (a: number, b: number) => `${round(a)} / ${round(b)}`;
    const windows = `median of ${RUNS} windows of ${WINDOW_MS / 1000} s`;
    const appending = `+1 paragraph / ${LIVE.everyMs} ms, ${LIVE.start}→${LIVE.total}`;
    const report = (label: string, a: Awaited<ReturnType<typeof animated>>) => ({
      [`${label}: marks on the page; registered (near the screen) at the end`]: `${a.marks}; ${a.registered}`,
      [`${label}: frames per second, without / with`]: `${fps(a.without)} / ${fps(a.with)}`,
      [`${label}: main-thread ms per s, without / with (${windows})`]: `${busy(a.without)} / ${busy(a.with)}`,
      [`${label}: ratio with / without (target ≤ 1.25)`]: round(busy(a.with) / busy(a.without)),
      [`${label}: our own slices over the whole load ms`]: round(a.ourMs),
    });
    return {
      'machine load average at start (2 cores)': round(load),
      ...report('animated, dense (figures on every line)', dense),
      ...report(`animated, sparse (${SPARSE_PLAIN_AFTER} plain paragraphs after each marked one)`, sparse),
      [`live page (${appending}): ms per paragraph without, early / late`]: pair(live.without.early, live.without.late),
      'live page: ms per paragraph with DealLens, early / late': pair(live.with.early, live.with.late),
      'live page: ours (with − without), early / late': pair(
        live.with.early - live.without.early,
        live.with.late - live.without.late,
      ),
      'live page: marks on the page; registered at the end': liveMarks,
      'live page: our own slices over the whole run ms': round(live.with.ours),
    };
  } finally {
    await plain.close();
    await ext.close();
  }
}
