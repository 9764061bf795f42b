// Content-script cost in real Chromium with the built extension (run by `npm run bench`, or alone
// with `npm run bench -- page`). Pages: a 5,000-word article with nothing to mark (also with
// DealLens paused) and a 5,000-word article full of figures (test/fixtures/text). The content
// script measures its own synchronous slices and publishes them when the page carries
// <meta name="deallens-bench">; Chromium's trace, long-task and layout-shift observers are read
// alongside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from '../test/e2e/harness';
import { CHROME_BUILD, ROOT } from '../test/e2e/build';
import { hoverAndRead, perfReport, waitForLookup, waitForMarks } from '../test/e2e/annotate-helpers';
import type { PerfReport } from '../lib/content/perf';

export const name = 'page';

const RUNS = 3;
/** Quiet loads per run: cheap, and the machine is noisy (9 samples for the medians). */
const QUIET_PER_RUN = 3;
const round = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function articlePage(textFile: string): string {
  const text = readFileSync(join(ROOT, 'test/fixtures/text', textFile), 'utf8');
  const paragraphs = text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return (
    `<!doctype html><html><head><meta charset="utf-8"><meta name="deallens-bench" content="1"><title>bench</title>
<style>body{font:16px/1.5 serif;max-width:720px;margin:20px auto}</style>
<script>
  window.__longest = 0; window.__longTasks = 0; window.__shift = 0;
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__longTasks++; ` +
    `window.__longest = Math.max(window.__longest, e.duration); }); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { ` +
    `if (!e.hadRecentInput) window.__shift += e.value; }); }).observe({ type: 'layout-shift', buffered: true });
</script></head><body><article><h1>Bench article</h1>${paragraphs.join('\n')}</article></body></html>`
  );
}

interface Sample {
  perf: PerfReport;
  longTaskMs: number;
  longTasks: number;
  shift: number;
  contentEvalMs: number;
  /** The same evaluation in thread (CPU) time: what the script cost, without the time other
   *  processes took the core (this machine's 2 cores are shared). */
  contentEvalThreadMs: number;
  annotatorEvents: number;
  annotatorParseMs: number;
}

/** Chromium trace events of our scripts: evaluation (compile + top-level run) of the content
 *  script, and whether the annotator bundle was requested or compiled at all (a module imported
 *  on demand: fetched, parsed off the main thread, then compiled). */
export type TraceEvent = { name: string; dur?: number; tdur?: number; args?: unknown };
export function scriptCost(events: TraceEvent[]) {
  const mentioning = (file: string) => events.filter((e) => JSON.stringify(e.args ?? {}).includes(file));
  const ms = (list: TraceEvent[], key: 'dur' | 'tdur' = 'dur') => list.reduce((t, e) => t + (e[key] ?? 0), 0) / 1000;
  const annotator = mentioning('/annotate.js');
  const evaluation = mentioning('content-scripts/content.js').filter((e) => e.name === 'EvaluateScript');
  return {
    contentEvalMs: ms(evaluation),
    contentEvalThreadMs: ms(evaluation, 'tdur'),
    annotatorEvents: annotator.length,
    annotatorParseMs: ms(annotator.filter((e) => e.name.startsWith('v8.parse') || e.name.startsWith('v8.compile'))),
  };
}

async function load(ext: Extension, path: string, marked: boolean): Promise<{ page: Page; sample: Sample }> {
  const page = await ext.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as typeof events)));
  const traced = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(ext.server.url(path));
  if (marked) {
    await waitForMarks(page, 50, 15000);
    await waitForLookup(page, 15000);
  } else {
    await page.waitForFunction(`document.documentElement.hasAttribute('data-deallens-perf')`, undefined, {
      timeout: 15000,
    });
  }
  await page.waitForTimeout(300); // let any trailing work and observers report
  await cdp.send('Tracing.end');
  await traced;
  const [longTaskMs, longTasks, shift] = (await page.evaluate(
    '[window.__longest, window.__longTasks, window.__shift]',
  )) as number[];
  return { page, sample: { perf: (await perfReport(page))!, longTaskMs, longTasks, shift, ...scriptCost(events) } };
}

/** What every page parses: the content script's size, and whether the polyfill or WXT's storage
 *  module (kept out for the quiet-page budget, see lib/content/native.ts) crept back in. */
function contentScript(): Record<string, number | string> {
  const code = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
  const text = code.toString('utf8');
  const has = (pattern: RegExp) => (pattern.test(text) ? 'yes' : 'no');
  const polyfill = has(/minArgs|webextension-polyfill/);
  const wxtStorage = has(/driverMetaKey|defineItem/);
  return {
    'content script bytes (raw / gzip)': `${code.length} / ${gzipSync(code).length}`,
    'content script has webextension-polyfill / WXT storage': `${polyfill} / ${wxtStorage}`,
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const ext = await launchExtension();
  const load1 = (await import('node:os')).loadavg()[0];
  try {
    ext.server.route('/bench-quiet.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: articlePage('plain-5000.txt'),
    });
    ext.server.route('/bench-article.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: articlePage('article-5000.txt'),
    });
    const quiet: Sample[] = [];
    const paused: Sample[] = [];
    const full: Sample[] = [];
    const hover: number[] = [];
    const hoverFirst: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      for (let k = 0; k < QUIET_PER_RUN; k++) {
        const q = await load(ext, '/bench-quiet.html', false);
        quiet.push(q.sample);
        await q.page.close();
      }
      // Paused: the settings are read first, and nothing of the page is (no slices at all).
      const worker = await ext.worker();
      await worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ paused: true }),
      );
      const p = await load(ext, '/bench-quiet.html', false);
      paused.push(p.sample);
      await p.page.close();
      await worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ paused: false }),
      );
      const a = await load(ext, '/bench-article.html', true);
      full.push(a.sample);
      // Hover: our work from the end of the intent delay to a placed tooltip, for the first
      // tooltip on the page and for later ones.
      const phrases = (await a.page.evaluate(`(function () {
        var out = [];
        ['deallens-money', 'deallens-gpu', 'deallens-power', 'deallens-company'].forEach(function (n) {
          var h = CSS.highlights.get(n); var seen = 0;
          if (h) h.forEach(function (r) { if (seen++ < 1) out.push(r.toString()); });
        });
        return out; })()`)) as string[];
      for (const [k, phrase] of phrases.entries()) {
        await hoverAndRead(ext, a.page, phrase);
        (k === 0 ? hoverFirst : hover).push((await perfReport(a.page))!.lastHoverMs ?? NaN);
      }
      await a.page.close();
    }
    const m = (xs: Sample[], f: (s: Sample) => number) => round(median(xs.map(f)));
    const pausedMs = m(paused, (s) => s.contentEvalMs + s.perf.busyMs);
    const pausedSlices = Math.max(...paused.map((s) => s.perf.slices));
    const longest = full.reduce((best, s) => (s.perf.longestMs > best.perf.longestMs ? s : best), full[0]);
    return {
      'runs (median of; quiet page: loads)': `${RUNS}; ${quiet.length}`,
      'machine load average at start (2 cores)': round(load1),
      'quiet 5,000 words: our main-thread ms (slices)': m(quiet, (s) => s.perf.busyMs),
      'quiet: content script evaluation ms (trace: compile + top level)': m(quiet, (s) => s.contentEvalMs),
      'quiet: the same evaluation in thread time ms (CPU; not slowed by other processes)': m(
        quiet,
        (s) => s.contentEvalThreadMs,
      ),
      // The slices run in tasks after the evaluation (never inside it), so the two add up.
      'quiet: total ms, evaluation + slices (budget: under 2)': m(quiet, (s) => s.contentEvalMs + s.perf.busyMs),
      'paused quiet page: total ms, evaluation + slices; slices': `${pausedMs}; ${pausedSlices}`,
      ...contentScript(),
      'quiet: annotator bundle (extractor) requested or parsed': quiet.some(
        (s) => s.annotatorEvents > 0 || s.perf.extractorLoaded,
      )
        ? 'yes'
        : 'no',
      'article 5,000 words: mentions': full[0].perf.mentions,
      'article: our main-thread ms (slices)': m(full, (s) => s.perf.busyMs),
      'article: annotator bundle parse + compile ms (trace; parse runs off the main thread)': m(
        full,
        (s) => s.annotatorParseMs,
      ),
      'article: deal reading ms (read slices; in the main-thread ms above)': m(
        full,
        (s) => s.perf.steps?.read?.ms ?? 0,
      ),
      'article: longest reading slice ms': m(full, (s) => s.perf.steps?.read?.maxMs ?? 0),
      'article: our slices': m(full, (s) => s.perf.slices),
      'article: longest slice ms (median)': m(full, (s) => s.perf.longestMs),
      'article: longest slice ms (max), step': `${round(longest.perf.longestMs)} (${longest.perf.longestStep})`,
      'article: marks ready after script start ms': m(full, (s) => (s.perf.marksReadyAt ?? NaN) - s.perf.startedAt),
      'article: lookup answered after script start ms': m(full, (s) => (s.perf.lookupAt ?? NaN) - s.perf.startedAt),
      'article: page long tasks (>50 ms), total over runs': full.reduce((t, s) => t + s.longTasks, 0),
      'article: longest long task ms (max over runs, all of the page)': round(
        Math.max(...full.map((s) => s.longTaskMs)),
      ),
      'hover to tooltip work ms, first tooltip (median)': round(median(hoverFirst)),
      'hover to tooltip work ms, later tooltips (median)': round(median(hover)),
      'hover to tooltip work ms, later tooltips (max)': round(Math.max(...hover)),
      'layout shift (max over all loads)': Math.max(...quiet.map((s) => s.shift), ...full.map((s) => s.shift)),
    };
  } finally {
    await ext.close();
  }
}
