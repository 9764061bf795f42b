// My deals through the message protocol: the content script's Save (a reading made by the real
// extractor and reader), the page lookup and the explorer that then show it, the export that carries
// it as a valid feed which imports again, and the options page's edit and remove.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealDb } from '../deals/db';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { parseFeedText } from '../feed/validate';
import { listen, sendToBackground } from '../messages';
import { readDeals } from '../reading/index';
import { syncEveryHours } from '../settings';
import { alarmScheduler } from '../sync/schedule';
import { admit, isBackgroundMessage } from './door';
import { createBackground } from './handler';
import { localDay } from './my-deals';

const bundled = JSON.parse(readFileSync('data/feed.json', 'utf8'));
const names = ['Kestrel Dynamics', 'Orrin Grid'];
const companies = names.map((name) => ({ name, aliases: [], ticker: null, kind: 'other' })) as Company[];
const [reading] = readDeals(
  createExtractor({ companies }).document(
    'Kestrel Dynamics will pay Orrin Grid $450 million a year to rent 16,000 B200 GPUs.',
  ),
);
const page = { url: 'https://news.example/kestrel', title: 'Kestrel rents GPUs', date: null };

let db: DealDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DealDb(`bg-my-deals-${Date.now()}-${n++}`);
  const bg = createBackground({
    db,
    bundled,
    scheduler: alarmScheduler,
    syncEveryHours: () => syncEveryHours.getValue(),
    sync: { timeoutMs: 1000, fetch: (async () => new Response('', { status: 500 })) as typeof fetch },
  });
  // The popup and options pages are extension pages; the content script's requests are checked as its own.
  listen(isBackgroundMessage, (m) =>
    bg.handle(admit(m, (m as { type: string }).type === 'save-my-deal' ? 'content' : 'extension')),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('My deals requests', () => {
  it('saves a reading from a page; the lookup and the explorer then carry it as the reader’s', async () => {
    const saved = await sendToBackground({ type: 'save-my-deal', reading, page });
    expect(saved.added).toBe(true);
    expect(saved.deal.sources).toEqual([{ url: page.url, title: page.title, date: null }]);
    expect(saved.deal.announced).toBe(localDay(new Date()));
    expect((await sendToBackground({ type: 'save-my-deal', reading, page })).added).toBe(false);

    const lookup = await sendToBackground({ type: 'lookup', companies: ['Orrin Grid'], figures: [] });
    expect(lookup.mine).toEqual([saved.deal]);
    expect((await sendToBackground({ type: 'lookup', companies: ['xAI'], figures: [] })).mine).toEqual([]);

    const explore = await sendToBackground({ type: 'explore-data' });
    const row = explore.deals.find((d) => d.deal.id === saved.deal.id);
    expect(row).toMatchObject({ mine: true, annualUsd: 450e6 });
    expect(explore.deals.length).toBe(bundled.deals.length + 1);
  });

  it('exports My deals in a feed the project’s validator accepts, which imports again', async () => {
    const { deal } = await sendToBackground({ type: 'save-my-deal', reading, page });
    const { text } = await sendToBackground({ type: 'export-feed' });
    const check = parseFeedText(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.feed.deals.length).toBe(bundled.deals.length + 1);
    expect(check.feed.deals.find((d) => d.id === deal.id)).toEqual(deal);

    // Import it back (another browser, or after clearing): the saved deal comes in as a feed record.
    await db.myDeals.clear();
    expect(await sendToBackground({ type: 'import-feed', text })).toMatchObject({ deals: bundled.deals.length + 1 });
    expect((await db.deals.get(deal.id))?.deal).toEqual(deal);
    // Saved again, the reader's copy wins over the imported one: the next export still has unique ids.
    await sendToBackground({ type: 'save-my-deal', reading, page });
    const again = parseFeedText((await sendToBackground({ type: 'export-feed' })).text);
    expect(again.ok && again.feed.deals.filter((d) => d.id === deal.id).length).toBe(1);
    const explore = await sendToBackground({ type: 'explore-data' });
    expect(explore.deals.filter((d) => d.deal.id === deal.id)).toMatchObject([{ mine: true }]);
  });

  it('edits and removes from options; a bad edit says why and changes nothing', async () => {
    const { deal } = await sendToBackground({ type: 'save-my-deal', reading, page });
    const edit = {
      title: 'Kestrel lease',
      kind: 'cloud-contract',
      status: 'reported',
      amount: 5e8,
      currency: 'USD',
      period: 'year',
      termMonths: 36,
    } as const;
    expect((await sendToBackground({ type: 'update-my-deal', id: deal.id, edit })).deal).toMatchObject({
      title: 'Kestrel lease',
      value: { amount: 5e8, termMonths: 36 },
    });
    await expect(
      sendToBackground({ type: 'update-my-deal', id: deal.id, edit: { ...edit, termMonths: 2.5 } }),
    ).rejects.toThrow(/value\.termMonths: expected an integer/);
    expect((await sendToBackground({ type: 'my-deals' })).deals.map((d) => d.title)).toEqual(['Kestrel lease']);
    expect(await sendToBackground({ type: 'remove-my-deal', id: deal.id })).toMatchObject({ removed: true });
    expect((await sendToBackground({ type: 'my-deals' })).deals).toEqual([]);
  });

  it('refuses a malformed reading at the door and an ended deal in the handler', async () => {
    await expect(
      sendToBackground({ type: 'save-my-deal', reading: { ...reading, kind: 'gift' as never }, page }),
    ).rejects.toThrow(/Bad "save-my-deal" request/);
    await expect(
      sendToBackground({ type: 'save-my-deal', reading: { ...reading, status: 'terminated' }, page }),
    ).rejects.toThrow(/ended deal/);
    expect(await db.myDeals.count()).toBe(0);
  });
});
