// The annotation in real Firefox (firefox-esr over WebDriver BiDi, helper D's client): the
// Highlight API marks and their adopted stylesheet, and a tooltip with its shadow-root styles.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, ensureBuilt } from './build';
import { FIND_PHRASE_JS, type PhraseRect } from './find-text';
import { launchFirefox, type Firefox, poll } from './firefox-bidi';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { SCREENSHOTS } from './harness';
import { TOOLTIP_SEEN_FROM_PAGE_JS } from './tooltip-probe';

let ff: Firefox;
let server: FixtureServer;
let context: string;

async function evaluate<T>(expression: string): Promise<T> {
  const r = await ff.command('script.evaluate', {
    expression: `JSON.stringify(${expression}) ?? 'null'`,
    target: { context },
    awaitPromise: false,
  });
  if (r.type !== 'success') throw new Error(`script.evaluate: ${JSON.stringify(r.exceptionDetails?.text ?? r)}`);
  return JSON.parse(r.result.value) as T;
}

beforeAll(async () => {
  ensureBuilt('firefox');
  server = await startFixtureServer();
  ff = await launchFirefox();
  context = (await ff.command('browsingContext.getTree', {})).contexts[0].context;
  await ff.command('webExtension.install', { extensionData: { type: 'path', path: BUILD_DIRS.firefox } });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('annotation in Firefox', () => {
  it('marks with styled highlights and explains a split rate in a styled tooltip', async () => {
    await ff.command('browsingContext.navigate', {
      context,
      url: server.url('articles/compute-deals.html'),
      wait: 'complete',
    });
    const marks = await poll('marks', () =>
      evaluate<string[] | null>(
        `(function () {
      var h = CSS.highlights.get('deallens-money'); if (!h) return null; var t = []; ` +
          `h.forEach(function (r) { t.push(r.toString()); }); return t; })()`,
      ),
    );
    expect(marks).toEqual(expect.arrayContaining(['$17.4 billion', '$1.25 billion a month']));
    // The ::highlight() rules arrived through an adopted stylesheet.
    expect(
      await evaluate<boolean>(
        `document.adoptedStyleSheets.some(function (s) {
      return Array.prototype.some.call(s.cssRules, function (r) { ` +
          `return r.cssText.indexOf('deallens-money') >= 0; }); })`,
      ),
    ).toBe(true);
    const seen = await poll('the tooltip', async () => {
      const rect = await evaluate<PhraseRect>(
        `${FIND_PHRASE_JS}({ phrase: '$1.25 billion a month', occurrence: 0, scroll: false })`,
      );
      const [x, y] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
      await ff.command('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 1, y: 1 },
              { type: 'pointerMove', x, y, duration: 100 },
            ],
          },
        ],
      });
      await new Promise((r) => setTimeout(r, 400));
      return evaluate<{ shadowRoot: string; text: string; width: number; height: number } | null>(
        TOOLTIP_SEEN_FROM_PAGE_JS,
      );
    });
    // A card-sized box, closed to the page (the text is read in Chromium and seen in the screenshot).
    expect(seen).toMatchObject({ shadowRoot: 'closed', text: '' });
    expect(seen.width).toBeGreaterThan(200);
    expect(seen.height).toBeGreaterThan(100);
    const position = await evaluate<string>(
      `getComputedStyle(document.querySelector('[data-deallens="tooltip"]')).position`,
    );
    expect(position).toBe('fixed');
    const shot = await ff.command('browsingContext.captureScreenshot', { context });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'firefox-tooltip-money.png'), Buffer.from(shot.data, 'base64'));
  });
});
