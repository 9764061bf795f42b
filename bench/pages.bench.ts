// Content-script cost on the real-structure page bench (test/fixtures/pages: live blogs, related
// rails, tables, captions, AMP, long comment threads, pages of 200-600 KB), in real Chromium with
// the built extension (`npm run bench -- page` runs it with page.bench.ts). Each page is served with
// <meta name="deallens-bench"> added so the content script publishes its slices. Per page and as
// median / p90 / max: time to marks, our main-thread time, our longest slice (by step), script
// evaluation, and the first (cold) extraction slice against the later (warm) ones. The trace of the
// page with the longest slice of ours is saved to .tmp/ for reading in Chromium's performance panel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from '../test/e2e/harness';
import { ROOT } from '../test/e2e/build';
import { perfReport } from '../test/e2e/annotate-helpers';
import { REAL_PAGES, withBenchHead, type RealPage } from '../test/fixtures/pages/index';
import type { PerfReport } from '../lib/content/perf';
import { scriptCost, type TraceEvent } from './page.bench';

export const name = 'pages';

const OBSERVERS =
  `<meta name="deallens-bench" content="1"><script>
  window.__longest = 0; window.__longTasks = 0;
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { ` +
  `window.__longTasks++; window.__longest = Math.max(window.__longest, e.duration); }); })` +
  `.observe({ type: 'longtask', buffered: true });
</script>`;

interface Row {
  file: string;
  report: PerfReport;
  evalMs: number;
  longTaskMs: number;
  events: TraceEvent[];
}

/** Until the marks and the lookup answer are in (or the report holds still for 1 s when the page
 *  has nothing to mark); pages that change themselves get 2.5 s for their scripts. */
async function settle(page: Page, real: RealPage): Promise<PerfReport | null> {
  const start = Date.now();
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const report = await perfReport(page);
    const key = JSON.stringify(report);
    if (key !== last) [last, stableSince] = [key, Date.now()];
    const elapsed = Date.now() - start;
    const done = report?.lookupAt != null || (report && Date.now() - stableSince > 1000);
    if ((done && elapsed >= (real.dynamic ? 2500 : 0)) || elapsed > 15_000) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(400); // idle warm-ups and trailing observers report
  return perfReport(page);
}

async function measure(ext: Extension, real: RealPage): Promise<Row | null> {
  const path = `/pages/${real.file}`;
  const html = readFileSync(join(ROOT, 'test/fixtures/pages', real.file), 'utf8');
  ext.server.route(path, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: withBenchHead(html, OBSERVERS),
  });
  const page = await ext.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  } as never);
  try {
    await page.goto(ext.server.url(path));
    const report = await settle(page, real);
    await cdp.send('Tracing.end');
    await traced;
    if (!report) return null;
    const [longTaskMs] = (await page.evaluate('[window.__longest || 0]')) as number[];
    return { file: real.file, report, evalMs: scriptCost(events).contentEvalMs, longTaskMs, events };
  } finally {
    await page.close();
    ext.server.unroute(path);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
function stats(xs: number[]): string {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return 'n/a';
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `${round(at(0.5))} / ${round(at(0.9))} / ${round(s[s.length - 1])} (n=${s.length})`;
}

/** Extraction slices: the first one of the page (cold code) and the mean of the later ones. */
function extraction(r: PerfReport): { cold: number; warm: number } {
  const e = r.steps?.extract;
  if (!e) return { cold: NaN, warm: NaN };
  return { cold: e.firstMs, warm: e.count > 1 ? (e.ms - e.firstMs) / (e.count - 1) : NaN };
}

export async function run(): Promise<Record<string, number | string>> {
  const load = loadavg()[0];
  const ext = await launchExtension();
  const rows: Row[] = [];
  try {
    for (const real of REAL_PAGES) {
      const row = await measure(ext, real).catch(() => null);
      if (row) rows.push(row);
    }
  } finally {
    await ext.close();
  }
  const out: Record<string, number | string> = { 'machine load average at start (2 cores)': round(load) };
  out['page: marks ms | ours ms | longest ms (step) | eval ms | extract cold/warm ms | mentions'] = '';
  for (const { file, report: r, evalMs } of rows) {
    const x = extraction(r);
    const marks = r.marksReadyAt === null ? '-' : round(r.marksReadyAt - r.startedAt);
    out[`  ${file}`] =
      `${marks} | ${round(r.busyMs)} | ${round(r.longestMs)} (${r.longestStep || '-'}) | ${round(evalMs)} | ` +
      `${round(x.cold)}/${round(x.warm)} | ${r.mentions}`;
  }
  const marked = rows.filter((r) => r.report.marksReadyAt !== null);
  out['median / p90 / max: marks ready after script start ms'] = stats(
    marked.map((r) => r.report.marksReadyAt! - r.report.startedAt),
  );
  out['median / p90 / max: our main-thread ms'] = stats(rows.map((r) => r.report.busyMs));
  out['median / p90 / max: our longest slice ms'] = stats(rows.map((r) => r.report.longestMs));
  out['median / p90 / max: content script evaluation ms'] = stats(rows.map((r) => r.evalMs));
  out['median / p90 / max: first extraction slice ms (cold)'] = stats(rows.map((r) => extraction(r.report).cold));
  out['median / p90 / max: later extraction slices ms (warm)'] = stats(rows.map((r) => extraction(r.report).warm));
  out['median / p90 / max: finding the article root ms (find-root slice)'] = stats(
    rows.map((r) => r.report.steps?.['find-root']?.maxMs ?? NaN),
  );
  out['median / p90 / max: deal reading ms (read slices, pages that read)'] = stats(
    rows.map((r) => r.report.steps?.read?.ms ?? NaN),
  );
  out['median / p90 / max: tooltip warm-up (prepare) ms'] = stats(
    rows.map((r) => r.report.steps?.prepare?.maxMs ?? NaN),
  );
  out['pages with a slice of ours over 16 ms'] = rows.filter((r) => r.report.longestMs > 16).length;
  out['page long tasks (>50 ms), longest ms, max over pages (all of the page)'] = round(
    Math.max(0, ...rows.map((r) => r.longTaskMs)),
  );
  const worst = rows.reduce((a, b) => (b.report.longestMs > a.report.longestMs ? b : a), rows[0]);
  if (worst) {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const file = join(ROOT, '.tmp', `trace-${worst.file.replace(/\.html$/, '')}.json`);
    writeFileSync(file, JSON.stringify({ traceEvents: worst.events }));
    const steps = Object.entries(worst.report.steps ?? {})
      .sort((a, b) => b[1].maxMs - a[1].maxMs)
      .slice(0, 5)
      .map(([step, c]) => `${step} ${round(c.maxMs)} ms max, ${round(c.ms)} ms in ${c.count}`);
    out['worst page, its steps (longest first); trace saved'] = `${worst.file}: ${steps.join('; ')}; ${file}`;
  }
  return out;
}
