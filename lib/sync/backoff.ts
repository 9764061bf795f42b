// When to sync next. Pure: `random` is injected so tests are exact.
// Regular syncs come every `everyHours` ± 10% so installs do not hit a feed host in lockstep;
// after a failure, retries come sooner — 5, 10, 20, 40 … minutes (± 20%), never later than the
// regular interval.

export const FIRST_RETRY_MINUTES = 5;

export function nextSyncDelayMinutes(failures: number, everyHours: number, random: () => number = Math.random): number {
  const regular = (Number.isFinite(everyHours) ? Math.max(1, everyHours) : 24) * 60;
  if (failures <= 0) return regular * (0.9 + 0.2 * random());
  const retry = Math.min(regular, FIRST_RETRY_MINUTES * 2 ** Math.min(failures - 1, 20));
  return retry * (0.8 + 0.4 * random());
}

/** Feed URLs the reader may add: https anywhere; plain http only on this machine (testing,
 *  a local feed server). Pure. */
export function isAllowedFeedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1');
}

export const isNetworkFeed = (url: string) => /^https?:/i.test(url);
