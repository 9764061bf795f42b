// The sync schedule lives in browser.alarms, which survive the service worker's death: one
// one-shot alarm, re-armed after each run with the delay from backoff.ts (regular interval with
// jitter, or a sooner retry after a failure).
import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'deallens-sync';
/** Chrome refuses alarms sooner than 30 s in packed extensions. */
const MIN_DELAY_MINUTES = 0.5;

export interface Scheduler {
  next(): Promise<string | null>;
  schedule(delayMinutes: number): Promise<void>;
}

export const alarmScheduler: Scheduler = {
  async next() {
    const alarm = await browser.alarms.get(SYNC_ALARM);
    return alarm ? new Date(alarm.scheduledTime).toISOString() : null;
  },
  async schedule(delayMinutes) {
    await browser.alarms.create(SYNC_ALARM, { delayInMinutes: Math.max(MIN_DELAY_MINUTES, delayMinutes) });
  },
};
