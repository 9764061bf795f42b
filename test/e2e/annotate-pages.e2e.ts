// Harder pages: late paragraphs and SPA navigation, live settings, a hostile page (wrecking CSS,
// strict CSP, a huge table, editable regions) and a page with nothing to mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './harness';
import { ROOT, CHROME_BUILD } from './build';
import { hoverAndRead, perfReport, readHighlights, tooltipBox, waitForLookup, waitForMarks } from './annotate-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const allMarks = async (page: Parameters<typeof readHighlights>[0]) =>
  Object.values((await readHighlights(page)).names).flat();

async function setStorage(values: Record<string, unknown>) {
  const sw = await ext.worker();
  await sw.evaluate((v) => (globalThis as any).chrome.storage.local.set(v), values);
}

describe('a page that keeps loading', () => {
  it('marks paragraphs added after load, and rescans on SPA navigation', async () => {
    const page = await ext.openPage('articles/late-paragraphs.html');
    await page.waitForSelector('#late-2');
    await page.waitForFunction(
      `(function () {
      var h = CSS.highlights.get('deallens-money'); var found = false;
      if (h) h.forEach(function (r) { if (r.toString() === '$1.5 billion') found = true; });
      return found;
    })()`,
      undefined,
      { timeout: 5000 },
    );
    expect(await allMarks(page)).toEqual(
      expect.arrayContaining(['1.2 gigawatts', '45,000 Blackwell GPUs', '$1.5 billion']),
    );
    expect(await hoverAndRead(ext, page, '45,000 Blackwell GPUs')).toMatch(/Count\s+45,000[\s\S]*Facility power/);
    await page.evaluate('window.goNext()');
    await page.waitForFunction(
      `(function () {
      var h = CSS.highlights.get('deallens-money'); var texts = [];
      if (h) h.forEach(function (r) { texts.push(r.toString()); });
      return texts.indexOf('$40 billion') >= 0 && texts.indexOf('$1.5 billion') < 0;
    })()`,
      undefined,
      { timeout: 5000 },
    );
    expect(await hoverAndRead(ext, page, '$40 billion')).toContain('“$40 billion”');
    expect(await ext.layoutShift(page)).toBe(0);
    await page.close();
  });

  it('loads the annotator only when a late paragraph brings the first figure', async () => {
    ext.server.route('/quiet-then-late.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body:
        `<!doctype html><html><head>
<meta charset="utf-8"><meta name="deallens-bench" content="1"></head><body><article id="a"><p>An ordinary ` +
        `opening paragraph about the weather.</p></article>
<script>setTimeout(function () { var p = document.createElement('p'); ` +
        `p.textContent = 'Later, Oracle agreed to buy 30,000 GPUs.'; ` +
        `document.getElementById('a').appendChild(p); }, 600);</script>
</body></html>`,
    });
    const page = await ext.openPage('quiet-then-late.html');
    await page.waitForTimeout(300);
    expect((await perfReport(page))?.extractorLoaded).toBe(false);
    await waitForMarks(page, 1);
    expect(await allMarks(page)).toEqual(expect.arrayContaining(['30,000 GPUs']));
    await page.close();
  });

  it('applies display settings, pause and the site switch without reload', async () => {
    const page = await ext.openPage('articles/compute-deals.html');
    await waitForMarks(page, 8);
    const display = {
      currency: 'USD',
      numbers: 'compact',
      types: { company: false, money: true, gpu: true, power: true },
      hoverDelayMs: 150,
      requireModifier: false,
    };
    await setStorage({ display });
    await page.waitForFunction(`!CSS.highlights.has('deallens-company') && CSS.highlights.has('deallens-money')`);
    await setStorage({ paused: true });
    await page.waitForFunction(`!CSS.highlights.has('deallens-money')`);
    expect((await ext.pageSummary(page)).reason).toBe('paused');
    await setStorage({ paused: false });
    await page.waitForFunction(`CSS.highlights.has('deallens-money')`);
    await setStorage({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(`!CSS.highlights.has('deallens-money')`);
    expect((await ext.pageSummary(page)).reason).toBe('disabled-site');
    await setStorage({
      disabledSites: [],
      display: { ...display, types: { company: true, money: true, gpu: true, power: true } },
    });
    await page.waitForFunction(`CSS.highlights.has('deallens-company')`);
    // "Require a modifier key": a plain hover shows nothing, the same hover with Alt held does.
    await setStorage({
      display: { ...display, requireModifier: true, types: { company: true, money: true, gpu: true, power: true } },
    });
    await page.waitForTimeout(200);
    await ext.hoverText(page, '300 megawatts', { waitForTooltip: false });
    await page.waitForTimeout(600);
    expect(await ext.tooltip.isVisible(page)).toBe(false);
    await page.keyboard.down('Alt');
    await ext.hoverText(page, '300 megawatts');
    await page.keyboard.up('Alt');
    expect(await ext.readTooltip(page)).toMatch(/Power\s+300 MW/);
    await setStorage({ display: { ...display, types: { company: true, money: true, gpu: true, power: true } } });
    await page.close();
  });
});

function hostilePage(rows: number): string {
  const table = Array.from(
    { length: rows },
    (_, i) => `<tr><td>Site ${i + 1}</td><td>$${(i % 90) + 10} million</td><td>${(i % 50) + 1},000 GPUs</td></tr>`,
  ).join('\n');
  return (
    `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'none'">
<meta name="deallens-bench" content="1">
<link rel="stylesheet" href="/articles/hostile.css"><title>Hostile fixture</title></head>
<body><article>
<p id="lead">Ardent Systems said Nvidia would ship 50,000 H100 chips to its Oregon site, ` +
    `which will draw 120 megawatts.</p>
<p>The buyer agreed to pay $900 million a year for the capacity.</p>
<section contenteditable="true"><p>Editable note: Oracle paid $3 billion for 4,000 GPUs.</p></section>
<div><p>Hidden by the page: $8 billion.</p></div>
<table>${table}</table>
</article></body></html>`
  );
}

describe('a hostile page', () => {
  it('survives wrecking CSS, a strict CSP and a huge table; editable regions stay unmarked', async () => {
    const csp = "default-src 'none'; style-src 'self'; script-src 'none'";
    ext.server.route('/hostile.html', {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
      body: hostilePage(2000),
    });
    const page = await ext.openPage('hostile.html');
    await waitForMarks(page, 4000, 15000);
    await waitForLookup(page);
    const { names, forbiddenHits } = await readHighlights(page, '[contenteditable]');
    expect(forbiddenHits).toEqual([]);
    expect(names['deallens-gpu']).toEqual(expect.arrayContaining(['50,000 H100 chips', '50,000 GPUs']));
    const text = await hoverAndRead(ext, page, '50,000 H100 chips');
    expect(text).toMatch(/Board power\s+35 MW/);
    // The host stays out of flow and zero-sized despite `* { all: unset !important }`.
    expect(
      await page.evaluate(
        `(function () { var h = document.querySelector('[data-deallens="tooltip"]'); ` +
          `var s = getComputedStyle(h); var r = h.getBoundingClientRect();
      return [s.position, s.display, r.width, r.height].join(' '); })()`,
      ),
    ).toBe('fixed block 0 0');
    const box = await tooltipBox(ext, page);
    expect(box?.display).toBe('block');
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    // Our px units ignore the page's 3 px root font size.
    expect(await ext.tooltip.evaluate(page, `getComputedStyle(root.querySelector('.value')).fontSize`)).toBe('13px');
    await ext.screenshot(page, 'tooltip-hostile');
    const perf = (await perfReport(page))!;
    // The 2,000-row table was processed in many slices, yielding to the page between them.
    expect(perf.slices).toBeGreaterThan(5);
    expect(await ext.layoutShift(page)).toBe(0);
    await page.close();
  });
});

describe('a page without <article> or <main>', () => {
  it('reads the densest block of paragraphs and nothing beside it', async () => {
    const page = await ext.openPage('articles/no-article-element.html');
    await waitForMarks(page, 2);
    const marks = await allMarks(page);
    expect(marks).toEqual(expect.arrayContaining(['240 megawatt', '60,000 accelerators']));
    expect(marks.join(' | ')).not.toContain('$500 million');
    expect(await hoverAndRead(ext, page, '240 megawatt')).toMatch(/Power\s+240 MW/);
    await page.close();
  });
});

describe('a page with nothing to mark', () => {
  it('stops after the prefilter: no extractor, no dictionary, no marks, no extension resources', async () => {
    const page = await ext.openPage('articles/quiet.html');
    await page.waitForFunction(`document.documentElement.hasAttribute('data-deallens-perf')`);
    const perf = (await perfReport(page))!;
    expect(perf.extractorLoaded).toBe(false);
    expect(perf.mentions).toBe(0);
    expect(await allMarks(page)).toEqual([]);
    expect(
      await page.evaluate(
        `performance.getEntriesByType('resource').filter(function (e) { return ` +
          `e.name.indexOf('chrome-extension:') === 0; }).length`,
      ),
    ).toBe(0);
    expect(await page.locator('[data-deallens]').count()).toBe(0);
    expect(await ext.layoutShift(page)).toBe(0);
    await page.close();
  });

  it('ships no NLP library in the content script', () => {
    const bundle = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
    const compromise = readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8');
    expect(JSON.parse(compromise).name).toBe('compromise');
    // compromise's lexicon and its tagger names are unmistakable.
    expect(bundle).not.toMatch(/compromise|#Organization|nlp\.plugin/);
  });
});
