// The page cannot read the tooltip nor open it: its shadow root is closed (the page reaches an
// empty host) and events a page script dispatches open nothing. The reader's own events do.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLookup, waitForMarks } from './annotate-helpers';
import { launchExtension, type Extension } from './harness';
import { FIND_PHRASE_JS, type PhraseRect } from './find-text';

let ext: Extension;
let page: Page;
beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openPage('articles/compute-deals.html');
  await waitForMarks(page, 8);
  await waitForLookup(page);
});
afterAll(async () => {
  await ext?.close();
});

// What a page script can learn about the tooltip: the host's shadow root, its text, and any text
// of the tooltip anywhere in the page's DOM.
const PAGE_PROBE =
  `(function () {
  var host = document.querySelector('[data-deallens="tooltip"]');
  return { host: !!host, shadowRoot: host ? host.shadowRoot === null ? 'null' : 'open' : 'no host',
    hostText: host ? host.innerText + host.textContent : '', ` +
  `pageHasPerYear: document.documentElement.textContent.indexOf('Per year') >= 0 };
})()`;

describe('the tooltip against the page', () => {
  it('shows the reader what a page script cannot read', async () => {
    await ext.hoverText(page, '$1.25 billion a month');
    expect(await ext.readTooltip(page)).toMatch(/Per year\s+\$15B/);
    expect(await page.evaluate(PAGE_PROBE)).toEqual({
      host: true,
      shadowRoot: 'null',
      hostText: '',
      pageHasPerYear: false,
    });
  });

  it('opens nothing for synthetic pointer and key events', async () => {
    await page.mouse.move(1, 1);
    await ext.tooltip.waitFor(page, 'hidden');
    const rect = (await page.evaluate(
      `${FIND_PHRASE_JS}(${JSON.stringify({ phrase: '300 megawatts', occurrence: 0, scroll: false })})`,
    )) as PhraseRect;
    await page.evaluate(`(function (x, y) {
      var target = document.elementFromPoint(x, y) || document.body;
      for (var i = 0; i < 5; i++) {
        var init = { bubbles: true, composed: true, clientX: x + i, clientY: y, pointerType: 'mouse' };
        target.dispatchEvent(new PointerEvent('pointerover', init));
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
      }
      var key = { bubbles: true, altKey: true, shiftKey: true, code: 'KeyL', key: 'L' };
      document.body.dispatchEvent(new KeyboardEvent('keydown', key));
      window.dispatchEvent(new KeyboardEvent('keydown', key));
    })(${rect.x + rect.width / 2}, ${rect.y + rect.height / 2})`);
    await page.waitForTimeout(800); // well past the hover delay
    expect(await ext.tooltip.isVisible(page)).toBe(false);
    // The same place, reached by the reader's own pointer, opens it.
    await ext.hoverText(page, '300 megawatts');
    expect(await ext.readTooltip(page)).toMatch(/300 MW/);
    await ext.screenshot(page, 'tooltip-closed-root');
  });
});
