// "This deal is on this page", decided once: the reading trail records it and the popup lists it as
// the page's own. Decided by reading (reading-match.ts): a deal reading of the page names the deal's
// principal parties and agrees on its kind or amount. A number alone, or two companies merely named
// on the same page, never puts a deal on it. Pure.
import type { Deal, FxTable } from '../feed/types';
import type { DealReading } from '../reading/types';
import { whyReadingMatches } from './reading-match';

/** What a page shows of a cached deal: the deals the page reports, as read. */
interface DealOnPageEvidence {
  deal: Deal;
  readings: readonly DealReading[];
  fx: FxTable | null;
}

/** Some reading of the page reports this deal. */
export function isDealOnPage(e: DealOnPageEvidence): boolean {
  return e.readings.some((r) => whyReadingMatches(r, e.deal, e.fx) !== null);
}
