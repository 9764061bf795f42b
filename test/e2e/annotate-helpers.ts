// Page-side probes for the annotation tests (kept as JS strings: see find-text.ts for why).
import type { Page } from 'playwright-core';
import type { Extension } from './harness';
import type { PerfReport } from '../../lib/content/perf';
import { everyMark } from './marks-probe';

/** Highlights registered by DealLens over the whole page (scrolled through: marks-probe.ts):
 *  name → texts of their ranges, plus the ranges inside an element matching `forbidden`. */
export async function readHighlights(
  page: Page,
  forbidden = 'input, textarea, [contenteditable], nav, footer',
): Promise<{ names: Record<string, string[]>; forbiddenHits: string[] }> {
  const marks = await everyMark<{ name: string; text: string; bad: boolean }>(
    (e) => page.evaluate(e),
    `function (r, name) {
      var el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
      return { name: name, text: r.toString().replace(/\\s+/g, ' '), ` +
      `bad: !!(el && el.closest(${JSON.stringify(forbidden)})) };
    }`,
  );
  const names: Record<string, string[]> = {};
  for (const m of marks) (names[m.name] ??= []).push(m.text);
  return { names, forbiddenHits: marks.filter((m) => m.bad).map((m) => m.text) };
}

export async function perfReport(page: Page): Promise<PerfReport | null> {
  const raw = await page.getAttribute('html', 'data-deallens-perf');
  return raw ? (JSON.parse(raw) as PerfReport) : null;
}

/** Polls the content script's published report from Node until `ok` holds. (Not
 *  page.waitForFunction: its string predicates need eval, which a strict CSP forbids.) */
async function waitForReport(page: Page, ok: (r: PerfReport) => boolean, what: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await perfReport(page);
    if (r && ok(r)) return;
    if (Date.now() > end)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; report: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Waits until the content script has marked `count` mentions (or more). */
export function waitForMarks(page: Page, count = 1, timeout = 8000): Promise<void> {
  return waitForReport(page, (r) => r.mentions >= count, `${count} marks`, timeout);
}

/** Moves the pointer away, waits for any tooltip to close, then hovers `phrase` and reads the
 *  tooltip (so a previous tooltip's text is never read by mistake). */
export async function hoverAndRead(ext: Extension, page: Page, phrase: string, occurrence = 0): Promise<string> {
  // Away, and Escape: a tall tooltip can cover the corner the pointer moves to, and would then stay open.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await ext.tooltip.waitFor(page, 'hidden', 3000).catch(() => {});
  await ext.hoverText(page, phrase, { occurrence });
  return ext.readTooltip(page);
}

/** Whether the tooltip box is visible: laid out with a size, on screen. */
export function tooltipBox(
  ext: Extension,
  page: Page,
): Promise<{ display: string; width: number; height: number; top: number; left: number } | null> {
  return ext.tooltip.evaluate(
    page,
    'box && (function (r) { return { display: getComputedStyle(box).display, ' +
      'width: r.width, height: r.height, top: r.top, left: r.left }; })(box.getBoundingClientRect())',
  );
}

/** Waits until the background's lookup answer has reached the page's content script. */
export function waitForLookup(page: Page, timeout = 10000): Promise<void> {
  return waitForReport(page, (r) => r.lookupAt !== null, 'the lookup answer', timeout);
}
