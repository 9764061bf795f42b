// Matching a page's readings against the deal list AND My deals: a reading the reader saved shows as
// saved, on the page and in the popup. The deal list's record comes first when both have the deal
// (it carries the sources a feed checked). Pure; the saved deals come with the page's lookup.
import type { Deal, FxTable } from '../feed/types';
import type { DealReading } from '../reading/types';
import { matchReadings, type ReadingMatch } from './reading-match';
import type { LookupResult } from './replies';
import { myDealId } from './my-deals-id';
import { t } from '../i18n';

export interface PageMatch extends ReadingMatch {
  /** The match is a deal the reader saved (My deals), not a feed's. */
  mine: boolean;
}

/** The lookup's parts matching reads: the feed deals chosen for the page and the saved deals. */
type MatchSource = Pick<LookupResult, 'deals' | 'mine'> | null;

/** The match of every reading that has one, by reading id. A reading saved from this very page
 *  (`pageUrl`) is matched by its saved id: a reading with one named party (a capex plan) matches no
 *  deal by parties, but is still the one the reader saved. */
export function matchPage(
  readings: readonly DealReading[],
  lookup: MatchSource,
  fx: FxTable | null,
  pageUrl: string,
): Map<string, PageMatch> {
  const out = new Map<string, PageMatch>();
  const feed = matchReadings(
    readings,
    (lookup?.deals ?? []).map((d) => d.deal),
    fx,
  );
  for (const [id, m] of feed) out.set(id, { ...m, mine: false });
  const saved = new Map((lookup?.mine ?? []).map((d) => [d.id, d]));
  for (const r of readings) {
    const deal = out.has(r.id) ? undefined : saved.get(myDealId(r, pageUrl));
    if (deal) out.set(r.id, { deal, readingId: r.id, why: t('myDealsSavedHere'), mine: true });
  }
  const rest = readings.filter((r) => !out.has(r.id));
  for (const [id, m] of matchReadings(rest, lookup?.mine ?? [], fx)) out.set(id, { ...m, mine: true });
  return out;
}

/** The lookup with a just-saved deal among its saved deals (the page shows it at once). */
export function withSavedDeal<L extends Pick<LookupResult, 'mine'>>(lookup: L, deal: Deal): L {
  const mine = (lookup.mine ?? []).filter((d) => d.id !== deal.id);
  return { ...lookup, mine: [...mine, deal] };
}

/** Whether the reader may save this reading: the deal list and My deals lack it, and it is not an
 *  ended deal (the feed format has no such status). */
export const canSave = (reading: DealReading, match: PageMatch | ReadingMatch | null) =>
  !match && reading.status !== 'terminated';
