// axe-core on every surface a reader meets: popup, options, the explorer's three views, the
// welcome page, and a page with an open tooltip (axe runs in the content script's world there,
// the only one that reaches the closed shadow root). 0 violations each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLookup, waitForMarks } from './annotate-helpers';
import { launchExtension, type Extension } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}
const summary = (vs: Violation[]) => vs.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes[0]?.target)}`);

async function axePage(page: Page): Promise<string[]> {
  // Evaluated over CDP, not a <script> tag: extension pages' CSP allows no inline script.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document).then(function (r) { return r.violations; })`)) as Violation[];
  return summary(result);
}

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('axe-core: no violations', () => {
  it('on the popup and the options page', async () => {
    const popup = await ext.openPopup();
    await popup.locator('.legend').waitFor();
    expect(await axePage(popup)).toEqual([]);
    const options = await ext.openOptions();
    await options.locator('#feeds').waitFor();
    expect(await axePage(options)).toEqual([]);
  });

  it('on the welcome page', async () => {
    const welcome = await ext.openPage(`chrome-extension://${ext.id}/welcome.html`);
    await welcome.locator('.legend').waitFor();
    expect(await axePage(welcome)).toEqual([]);
  });

  it("on the explorer's three views", async () => {
    for (const view of ['network', 'timeline', 'table']) {
      const page = await ext.openPage(`chrome-extension://${ext.id}/explore.html#view=${view}`);
      await page.locator('#view').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
      expect(await axePage(page), view).toEqual([]);
      await page.close();
    }
  }, 90_000);

  it('on a page with an open tooltip, the tooltip included', async () => {
    const page = await ext.openPage('articles/compute-deals.html');
    await waitForMarks(page, 8);
    await waitForLookup(page);
    await ext.hoverText(page, '$17.4 billion');
    await ext.tooltip.inject(page, AXE_SOURCE);
    // axe walks the document and open shadow roots only: the test mirrors the tooltip (same
    // stylesheet, a deep copy of the box, same place) into an open root of its own and checks that.
    await ext.tooltip.evaluate(
      page,
      `(function () {
        var mirror = document.createElement('div'); mirror.id = 'axe-tooltip-mirror';
        var open = mirror.attachShadow({ mode: 'open' }); open.adoptedStyleSheets = root.adoptedStyleSheets;
        open.append(box.cloneNode(true)); document.body.append(mirror);
        axe.run(mirror, { rules: { region: { enabled: false } } }).then(function (r) { ` +
        `window.__axeTooltip = r.violations; mirror.remove(); },
          function (e) { window.__axeTooltip = [{ id: 'axe failed: ' + e, impact: null, nodes: [] }]; });
        return null; })()`,
    );
    let violations: Violation[] | null = null;
    for (let i = 0; i < 100 && !violations; i++) {
      violations = await ext.tooltip.evaluate<Violation[] | null>(page, 'window.__axeTooltip || null');
      if (!violations) await page.waitForTimeout(100);
    }
    expect(violations, 'axe finished in the tooltip').not.toBeNull();
    expect(summary(violations!)).toEqual([]);
    // (The fixture article's own form fields lack labels on purpose: the page is not ours to check.)
    // The popup summarizing this page: figures, companies and deals with their "Show" buttons.
    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.locator('.popup-body').waitFor({ timeout: 20_000 });
    expect(await axePage(popup)).toEqual([]);
    await ext.screenshot(popup, 'popup-legend');
  }, 90_000);
});
