// The real-structure page bench in Chromium: each page of test/fixtures/pages is loaded with the
// extension, and its marks are compared with what the CLI finds in the same page's article text
// (the marked `data-bench-article` elements of the page as it stands once its scripts ran, less
// the `data-bench-noise` furniture, read by the shared lib/dom collection over linkedom).
// In-page recall = the CLI's mentions marked in the article; outside = marks not in the article
// body (or on its furniture). Targets (issue 16): recall ≥ 95%, outside ≤ 5%, over all pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';
import { perfReport } from './annotate-helpers';
import { everyMark } from './marks-probe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';
import { REAL_PAGES, withBenchHead, type RealPage } from '../fixtures/pages/index';
import { articleTextOf, parseDocument } from '../../cli/html-article';
import { createExtractor } from '../../lib/extract/index';
import { loadExtractorContext } from '../../cli/extract-context';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

interface Mark {
  key: string;
  inside: boolean;
}

/** Every DealLens mark on the page as `type:text`, and whether it sits in the article body (the
 *  page scrolled through: marks-probe.ts). */
function readMarks(page: Page): Promise<Mark[]> {
  return everyMark<Mark>(
    (e) => page.evaluate(e),
    `function (r, name) {
      var el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
      var inside = !!(el && el.closest('[data-bench-article]') && !el.closest('[data-bench-noise]'));
      return { key: name.slice(9) + ':' + r.toString().replace(/\\s+/g, ' '), inside: inside };
    }`,
  );
}

/** Waits until the content script's published report holds still for 700 ms after its first
 *  marks (or, on a page with nothing to mark, after it first reported); pages that change
 *  themselves get time for their scripts to run. */
async function settle(page: Page, real: RealPage): Promise<void> {
  const start = Date.now();
  const least = real.dynamic ? 2500 : 0;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - start < 15_000) {
    const report = await perfReport(page);
    const key = JSON.stringify([report?.mentions, report?.lookupAt, report?.marksReadyAt]);
    if (key !== last) [last, stableSince] = [key, Date.now()];
    if (report && Date.now() - start >= least && Date.now() - stableSince >= 700) return;
    await page.waitForTimeout(100);
  }
}

const extract = createExtractor(loadExtractorContext());

/** What the CLI finds in the article text of the page as it stands. */
function cliMentions(html: string): string[] {
  const doc = parseDocument(html);
  doc.querySelectorAll('[data-bench-noise], [data-bench-styled-hidden]').forEach((e) => e.remove());
  return [...doc.querySelectorAll('[data-bench-article]')].flatMap((el) =>
    extract(articleTextOf(doc, el).text).map((m) => `${m.type}:${m.text.replace(/\s+/g, ' ')}`),
  );
}

interface Row {
  file: string;
  expected: number;
  found: number;
  marks: number;
  outside: number;
  missed: string[];
  strays: string[];
}

async function measure(real: RealPage): Promise<Row> {
  // Served with the bench meta so the content script publishes its report (see settle).
  const path = `/pages/${real.file}`;
  const html = readFileSync(join(ROOT, 'test/fixtures/pages', real.file), 'utf8');
  ext.server.route(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: withBenchHead(html) });
  const page = await ext.openPage(path.slice(1));
  await settle(page, real);
  const marks = await readMarks(page);
  const expected = cliMentions(await page.content());
  await page.close();
  const inside = new Map<string, number>();
  for (const m of marks) if (m.inside) inside.set(m.key, (inside.get(m.key) ?? 0) + 1);
  const missed: string[] = [];
  for (const key of expected) {
    const left = inside.get(key) ?? 0;
    if (left > 0) inside.set(key, left - 1);
    else missed.push(key);
  }
  const strays = marks.filter((m) => !m.inside).map((m) => m.key);
  return {
    file: real.file,
    expected: expected.length,
    found: expected.length - missed.length,
    marks: marks.length,
    outside: strays.length,
    missed,
    strays,
  };
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 100).toFixed(1);

describe('real-structure pages', () => {
  it('marks what the CLI finds in the article, and little outside it', { timeout: 600_000 }, async () => {
    const rows: Row[] = [];
    for (const real of REAL_PAGES) rows.push(await measure(real));
    const table = rows.map((r) =>
      [
        r.file.padEnd(34),
        `${r.found}/${r.expected}`.padStart(7),
        `${pct(r.found, r.expected)}%`.padStart(7),
        `${r.outside}/${r.marks}`.padStart(7),
        r.missed.length ? ` missed ${r.missed.join(', ')}` : '',
        r.strays.length ? ` outside ${r.strays.slice(0, 6).join(', ')}` : '',
      ].join(' '),
    );
    const expected = rows.reduce((n, r) => n + r.expected, 0);
    const found = rows.reduce((n, r) => n + r.found, 0);
    const marks = rows.reduce((n, r) => n + r.marks, 0);
    const outside = rows.reduce((n, r) => n + r.outside, 0);
    console.log(
      [
        'page                               recall          outside/marks',
        ...table,
        `ALL: recall ${found}/${expected} = ${pct(found, expected)}%, ` +
          `outside ${outside}/${marks} = ${pct(outside, marks)}%`,
      ].join('\n'),
    );
    expect(found / expected).toBeGreaterThanOrEqual(0.95);
    expect(outside / Math.max(1, marks)).toBeLessThanOrEqual(0.05);
  });
});
