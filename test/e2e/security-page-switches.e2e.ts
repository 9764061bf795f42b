// No switch the page controls: a page cannot switch DealLens off on itself with the content
// script's start event, nor force the wrapper-mark fallback with a meta tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './harness';
import { ROOT } from './build';
import { readHighlights, waitForMarks } from './annotate-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const allMarks = async (page: Parameters<typeof readHighlights>[0]) =>
  Object.values((await readHighlights(page)).names).flat();
const article = () => readFileSync(join(ROOT, 'test/fixtures/articles/compute-deals.html'), 'utf8');
const route = (path: string, body: string) =>
  ext.server.route(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body });

describe('the page controls no switch', () => {
  it('a meta tag asking for wrapper marks gets highlights like any page', async () => {
    route(
      '/asks-for-wrapper.html',
      article().replace(
        '<meta charset="utf-8">',
        '<meta charset="utf-8"><meta name="deallens-marks" content="wrapper">',
      ),
    );
    const page = await ext.openPage('asks-for-wrapper.html');
    await waitForMarks(page, 8);
    expect(await page.locator('deallens-mark').count()).toBe(0);
    expect(await allMarks(page)).toEqual(expect.arrayContaining(['Nebius', 'Nvidia']));
    await page.close();
  });

  it("a page dispatching the content script's start event does not switch DealLens off", async () => {
    // The page sends the event the way a newer instance would (it can know the extension's id),
    // with every detail a newer instance could carry, then adds a paragraph with a figure.
    const started = `${ext.id}:content:wxt:content-script-started`;
    route(
      '/switches-off.html',
      article().replace(
        '</body>',
        `<script>
setTimeout(function () {
  [{ contentScriptName: 'content', messageId: 'page' }, ` +
          `{ contentScriptName: 'content' }, null].forEach(function (detail) {
    document.dispatchEvent(new CustomEvent(${JSON.stringify(started)}, { detail: detail }));
  });
  setTimeout(function () {
    var p = document.createElement('p'); p.id = 'late'; ` +
          `p.textContent = 'Later, Zorvane Labs agreed to lease 4,096 GPUs.';
    document.querySelector('article').appendChild(p);
  }, 300);
}, 1500);
</script></body>`,
      ),
    );
    const page = await ext.openPage('switches-off.html');
    await waitForMarks(page, 8);
    const before = (await allMarks(page)).length;
    await page.waitForSelector('#late', { state: 'attached', timeout: 8000 });
    await expect.poll(async () => (await allMarks(page)).includes('4,096 GPUs'), { timeout: 8000 }).toBe(true);
    expect((await allMarks(page)).length).toBeGreaterThan(before);
    await page.close();
  });
});
