// "This deal is on this page", decided once: the reading trail records it and the popup lists it as
// the page's own (lookups in queries.ts rank by the same evidence: both parties, then a figure). Pure. Its input is what the page shows of the deal; a
// reading of the page's deals (lib/reading) may later supply that input instead of names and figures.

/** What a page shows of a cached deal. */
export interface DealOnPageEvidence {
  /** The deal's parties (canonical names) named on the page. */
  partiesOnPage: readonly string[];
  /** Indexes of page figures matching the deal's figures. */
  figureIndexes: readonly number[];
}

/** Both parties named on the page, or a figure of the page matching the deal's (a company's other
 *  deals, merely shown in its card, are not on the page). */
export function isDealOnPage(e: DealOnPageEvidence): boolean {
  return e.partiesOnPage.length >= 2 || e.figureIndexes.length > 0;
}
