// Issue #16: "only the first 500 figures of a page are looked up: a live blog's newest figures get
// no standings". A page with 700 different money figures (more than one lookup request carries)
// gets a standing for every one of them, and a figure appended later, the newest, gets one too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLookup, waitForMarks } from './annotate-helpers';
import { eventually } from './explore-helpers';
import { launchExtension, type Extension } from './harness';
import { LOOKUP_LIMITS } from '../../lib/content/scan';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const FIGURES = 700;
/** Distinct amounts ($1.0 billion … $70.9 billion), three to a paragraph. */
const amount = (i: number) => `$${Math.floor(i / 10) + 1}.${i % 10} billion`;
function page(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < FIGURES; i += 3) {
    const [a, b, c] = [amount(i), amount(i + 1), amount(i + 2)];
    paragraphs.push(`<p>The Harrow Basin fund put ${a} into one campus, ${b} into a second and ${c} into a third.</p>`);
  }
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="deallens-bench" content="1">
<title>Live: campus money</title></head><body>` +
    `<article><h1>Live: campus money</h1>${paragraphs.join('\n')}</article></body></html>`
  );
}

describe('lookups reach every figure of the page', () => {
  it('gives a standing to each of 700 figures, and to one appended later', async () => {
    expect(FIGURES).toBeGreaterThan(LOOKUP_LIMITS.figures);
    ext.server.route('/e2e/lookup-all.html', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page() });
    const tab = await ext.openPage('/e2e/lookup-all.html');
    await waitForMarks(tab, FIGURES, 30_000);
    await waitForLookup(tab, 30_000);
    const standingOf = async (text: string) => {
      const s = await ext.pageSummary(tab);
      const i = s.mentions.findIndex((m) => m.type === 'money' && m.text === text);
      return i >= 0 && !!s.lookup?.standings.some((st) => st.index === i);
    };
    await eventually(async () => {
      const s = await ext.pageSummary(tab);
      const money = s.mentions.flatMap((m, i) => (m.type === 'money' ? [i] : []));
      const ranked = new Set(s.lookup?.standings.map((st) => st.index));
      return money.length >= FIGURES && money.every((i) => ranked.has(i));
    }, 30_000).toBe(true);

    // The newest figure, appended the way a live blog adds a post.
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: the Harrow Basin fund added $91.7 billion for a fourth campus, its largest so far.';
      document.querySelector('article')!.append(p);
    });
    await eventually(() => standingOf('$91.7 billion'), 30_000).toBe(true);
    await tab.close();
  });
});
