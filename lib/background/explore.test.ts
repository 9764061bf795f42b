// The explorer's two requests, through the message protocol: the whole cache with the derived
// USD figures, and opening explore.html for a company.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealDb } from '../deals/db';
import { listen, sendToBackground } from '../messages';
import { admit, isBackgroundMessage } from './door';
import { alarmScheduler } from '../sync/schedule';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { createBackground } from './handler';

const bundled = feed(
  [company('Alpha Lab', 'ai-lab'), company('Beta Cloud', 'neocloud')],
  [
    deal('alpha-beta-rate', ['Alpha Lab', 'Beta Cloud'], {
      value: { currency: 'EUR', amount: 100e6, period: 'month', termMonths: 24, total: null, note: null },
    }),
    deal('alpha-beta-once', ['Alpha Lab', 'Beta Cloud']),
  ],
);

let db: DealDb;
let opened: string[];
let trailOn: boolean;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DealDb(`explore-test-${Date.now()}-${n++}`);
  opened = [];
  trailOn = true;
  const bg = createBackground({
    db,
    bundled,
    scheduler: alarmScheduler,
    syncEveryHours: async () => 24,
    openPage: async (path) => void opened.push(path),
    trailEnabled: async () => trailOn,
  });
  listen(isBackgroundMessage, (m) => bg.handle(admit(m, 'extension')));
});
afterEach(async () => {
  await db.delete();
});

describe('explore requests', () => {
  it('serves every deal with the derived USD figures, the companies and the generation', async () => {
    const data = await sendToBackground({ type: 'explore-data' });
    expect(data.companies.map((c) => c.name).sort()).toEqual(['Alpha Lab', 'Beta Cloud']);
    const rate = data.deals.find((d) => d.deal.id === 'alpha-beta-rate')!;
    // €100M a month at 1.2 USD/EUR: $1.44B a year, $2.88B over 24 months.
    expect(rate.annualUsd).toBeCloseTo(1.44e9);
    expect(rate.totalUsd).toBeCloseTo(2.88e9);
    expect(rate.oneOffUsd).toBeNull();
    expect(data.deals.find((d) => d.deal.id === 'alpha-beta-once')!.oneOffUsd).toBe(1e9);
    expect(data.generation).toBeGreaterThan(0);
  });

  it('opens the explorer on a company, its name encoded in the hash', async () => {
    await sendToBackground({ type: 'open-explorer', company: 'Alpha Lab & Co' });
    expect(opened).toEqual(['explore.html#company=Alpha%20Lab%20%26%20Co']);
    await expect(sendToBackground({ type: 'open-explorer', company: 42 as unknown as string })).rejects.toThrow(
      /company must be a string/,
    );
  });

  it('records the reading trail only while it is on, serves it with the data, and clears it', async () => {
    expect((await sendToBackground({ type: 'explore-data' })).trail).toEqual([]);
    expect(
      await sendToBackground({ type: 'record-trail', dealIds: ['alpha-beta-once'], host: 'News.Example' }),
    ).toMatchObject({ recorded: 1 });
    const { trail } = await sendToBackground({ type: 'explore-data' });
    expect(trail).toEqual([
      { dealId: 'alpha-beta-once', host: 'news.example', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    trailOn = false;
    expect(
      await sendToBackground({ type: 'record-trail', dealIds: ['alpha-beta-rate'], host: 'news.example' }),
    ).toMatchObject({ recorded: 0 });
    expect((await sendToBackground({ type: 'explore-data' })).trail).toHaveLength(1);
    await sendToBackground({ type: 'clear-trail' });
    expect((await sendToBackground({ type: 'explore-data' })).trail).toEqual([]);
  });

  it('refuses a trail entry that is more than a hostname', async () => {
    for (const host of ['https://news.example/a', 'news.example/path', 'a b', '', 'x'.repeat(300)]) {
      await expect(sendToBackground({ type: 'record-trail', dealIds: ['x'], host })).rejects.toThrow(
        /host must be a hostname/,
      );
    }
    await expect(
      sendToBackground({ type: 'record-trail', dealIds: 'x' as unknown as string[], host: '127.0.0.1' }),
    ).rejects.toThrow(/dealIds/);
    expect(await db.trail.count()).toBe(0);
  });
});
