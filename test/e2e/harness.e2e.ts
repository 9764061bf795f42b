// The harness itself: the extension loads, its pages open, the fixture server serves and logs,
// and the phrase finder locates text split across inline elements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('e2e harness', () => {
  it('loads the extension and finds its id from the service worker', async () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    const worker = await ext.worker();
    const manifest = (await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest())) as {
      name: string;
    };
    expect(manifest.name).toBe('DealLens');
  });

  it('opens the popup and options pages', async () => {
    const popup = await ext.openPopup(7);
    expect(popup.url()).toBe(`chrome-extension://${ext.id}/popup.html?tabId=7`);
    await expect(popup.title()).resolves.toBe('DealLens');
    await popup.close();
    const options = await ext.openOptions();
    expect(options.url()).toContain(`chrome-extension://${ext.id}/options.html`);
    await options.close();
  });

  it('serves demo files and programmed routes, and logs requests', async () => {
    ext.server.route('/feed.json', { status: 200, headers: { etag: '"v1"' }, body: { format: 'x' } });
    ext.server.route('/down.json', { status: 503, body: 'busy' });
    const page = await ext.openPage('sample-article.html');
    expect(await page.locator('article').count()).toBeGreaterThan(0);
    const feed = await page.evaluate(
      (u) => fetch(u).then(async (r) => [r.status, r.headers.get('etag'), await r.json()]),
      ext.server.url('/feed.json'),
    );
    expect(feed).toEqual([200, '"v1"', { format: 'x' }]);
    const down = await page.evaluate((u) => fetch(u).then((r) => r.status), ext.server.url('/down.json'));
    expect(down).toBe(503);
    const missing = await page.evaluate((u) => fetch(u).then((r) => r.status), ext.server.url('/no-such-file.html'));
    expect(missing).toBe(404);
    expect(ext.server.requests.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/sample-article.html', '/feed.json', '/down.json', '/no-such-file.html']),
    );
    await page.close();
  });

  it('finds the tab id of a page through the service worker', async () => {
    const a = await ext.openPage('sample-article.html?a');
    const b = await ext.openPage('sample-article.html?b');
    const [ida, idb] = [await ext.tabIdOf(a), await ext.tabIdOf(b)];
    expect(ida).toBeGreaterThan(0);
    expect(idb).not.toBe(ida);
    await b.close(); // the id of b must now be gone, and a's still there
    const exists = async (id: number) =>
      (await ext.worker()).evaluate(
        (t) =>
          (globalThis as any).chrome.tabs.get(t).then(
            () => true,
            () => false,
          ),
        id,
      );
    expect([await exists(ida), await exists(idb)]).toEqual([true, false]);
    await a.close();
  });

  it('hovers a phrase split across inline elements at its on-screen position', async () => {
    ext.server.route('/split.html', {
      headers: { 'content-type': 'text/html' },
      body: `<!doctype html><body style="margin:0"><div style="height:1500px">filler</div>
        <p id="p">Acme agreed to pay <b>$1.5</b> <i>billion
        a</i> month for compute, and $1.5 billion a month again.</p>
        <script>window.hits = []; document.addEventListener('mousemove', (e) => {
          const r = document.caretRangeFromPoint(e.clientX, e.clientY);
          if (r) hits.push(r.startContainer.parentElement.tagName);
        });</script></body>`,
    });
    const page = await ext.openPage('split.html');
    const first = await ext.hoverText(page, '$1.5 billion a month', { waitForTooltip: false });
    expect(first.occurrences).toBe(2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0); // scrolled into view
    const hits = (await page.evaluate('window.hits')) as string[];
    expect(['B', 'I']).toContain(hits.at(-1)); // the first occurrence is the split one
    const second = await ext.hoverText(page, '$1.5 billion a month', { occurrence: 1, waitForTooltip: false });
    expect(second.x !== first.x || second.y !== first.y).toBe(true);
    await expect(ext.hoverText(page, '$1.5 billion a month', { occurrence: 2, waitForTooltip: false })).rejects.toThrow(
      /occurs 2 times/,
    );
    expect(await ext.layoutShift(page)).toBe(0);
    await page.close();
  });

  it('reads a tooltip from the closed shadow root of the tooltip host, waiting for it', async () => {
    ext.server.route('/fake-tooltip.html', {
      headers: { 'content-type': 'text/html' },
      body: `<!doctype html><body><p>Text</p><script>
        setTimeout(() => {
          const host = document.createElement('div');
          host.dataset.deallens = 'tooltip';
          const box = document.createElement('div');
          box.setAttribute('role', 'tooltip');
          box.textContent = 'Per year $14.4B';
          host.attachShadow({ mode: 'closed' }).append(box);
          document.body.append(host);
        }, 300);</script></body>`,
    });
    const page = await ext.openPage('fake-tooltip.html');
    expect(await ext.readTooltip(page)).toBe('Per year $14.4B');
    await page.close();
  });

  it('measures layout shift: none on a still page, some when content moves on its own', async () => {
    ext.server.route('/shift.html', {
      headers: { 'content-type': 'text/html' },
      body: `<!doctype html><body style="margin:0"><p style="font-size:40px">Paragraph that moves</p><script>
        setTimeout(() => { const d = document.createElement('div'); d.style.height = '300px';
          document.body.prepend(d); }, 200);</script></body>`,
    });
    const still = await ext.openPage('sample-article.html');
    await still.waitForTimeout(400);
    expect(await ext.layoutShift(still)).toBe(0);
    const moving = await ext.openPage('shift.html');
    await moving.waitForTimeout(400);
    expect(await ext.layoutShift(moving)).toBeGreaterThan(0.05);
    await Promise.all([still.close(), moving.close()]);
  });
});
