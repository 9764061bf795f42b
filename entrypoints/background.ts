// Background service worker: wiring only. The logic is lib/background/handler.ts.
import { browser } from 'wxt/browser';
import bundledFeed from '../data/feed.json';
import { serveBackground } from '../lib/background/door';
import { createBackground } from '../lib/background/handler';
import { DealDb } from '../lib/deals/db';
import { readingTrail, syncEveryHours } from '../lib/settings';
import { alarmScheduler, SYNC_ALARM } from '../lib/sync/schedule';

// The keyboard commands (wxt.config.ts) go to the tab's content script, which ignores them while
// the reader types in a field.
const relayCommand = (tabId: number, command: string) =>
  browser.tabs.sendMessage(tabId, { type: 'step', direction: command === 'previous-mark' ? -1 : 1 });
const openWelcome = () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });

export default defineBackground(() => {
  const background = createBackground({
    db: new DealDb(),
    bundled: bundledFeed,
    scheduler: alarmScheduler,
    syncEveryHours: () => syncEveryHours.getValue(),
    trailEnabled: () => readingTrail.getValue(),
    openPage: async (path) =>
      void (await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/explore.html') })),
  });
  const report = (what: string) => (e: unknown) => console.error(`DealLens ${what} failed:`, e);

  serveBackground(browser.runtime.onMessage, background.handle, browser.runtime.getURL('/'), browser.runtime.id);
  browser.runtime.onInstalled.addListener((d) => void (d.reason === 'install' && openWelcome()));
  browser.commands.onCommand.addListener((c, tab) => void (tab?.id && relayCommand(tab.id, c).catch(() => {})));
  browser.runtime.onInstalled.addListener(() => void background.onInstalled().catch(report('install seeding')));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void background.onAlarm().catch(report('scheduled sync'));
  });
  // Re-arm at once when the reader changes the schedule.
  syncEveryHours.watch(() => void background.reschedule().catch(report('rescheduling')));
  void background.onStartup().catch(report('startup'));
});
