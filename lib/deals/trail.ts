// The reading trail: which cached deals were matched on which sites, and when. Kept in the
// background's IndexedDB rather than storage.local: it is written on every matching page, and
// storage.local would rewrite the whole list (up to 5,000 entries) each time and broadcast it
// to every tab's storage.onChanged listeners. Bounded: past MAX_TRAIL the oldest entries go.
import type { TrailEntry } from './replies';
import type { DealDb, TrailRow } from './db';

const MAX_TRAIL = 5000;

/** The reader's local date, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Remembers that `dealIds` were matched on a page of `host` now; a repeat the same day only
 *  refreshes the entry. Returns how many entries were written. */
export async function recordTrail(
  db: DealDb,
  dealIds: readonly string[],
  host: string,
  now = new Date(),
  max = MAX_TRAIL,
): Promise<number> {
  const date = localDate(now);
  const at = now.getTime();
  const rows: TrailRow[] = [...new Set(dealIds)].map((dealId) => ({
    key: `${date} ${host} ${dealId}`,
    dealId,
    host,
    date,
    at,
  }));
  if (!rows.length) return 0;
  await db.transaction('rw', db.trail, async () => {
    await db.trail.bulkPut(rows);
    const excess = (await db.trail.count()) - max;
    if (excess > 0) await db.trail.orderBy('at').limit(excess).delete();
  });
  return rows.length;
}

/** What the explorer gets: one entry per deal, site and day, newest first. */
export async function readTrail(db: DealDb): Promise<TrailEntry[]> {
  return (await db.trail.orderBy('at').reverse().toArray()).map(({ dealId, host, date }) => ({ dealId, host, date }));
}

export async function clearTrail(db: DealDb): Promise<void> {
  await db.trail.clear();
}
