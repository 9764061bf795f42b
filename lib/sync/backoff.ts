// When to sync next. Pure: `random` is injected so tests are exact.
// Regular syncs come every `everyHours` ± 10% so installs do not hit a feed host in lockstep;
// after a failure, retries come sooner — 5, 10, 20, 40 … minutes (± 20%), never later than the
// regular interval.

const FIRST_RETRY_MINUTES = 5;

export function nextSyncDelayMinutes(failures: number, everyHours: number, random: () => number = Math.random): number {
  const regular = (Number.isFinite(everyHours) ? Math.max(1, everyHours) : 24) * 60;
  if (failures <= 0) return regular * (0.9 + 0.2 * random());
  const retry = Math.min(regular, FIRST_RETRY_MINUTES * 2 ** Math.min(failures - 1, 20));
  return retry * (0.8 + 0.4 * random());
}

export const isNetworkFeed = (url: string) => /^https?:/i.test(url);
