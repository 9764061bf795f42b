// Reading a lookup result: pure, for the tooltip and popup as well as the background.
import type { CompanySummary, LookupResult } from './replies';

/** The summary of `name` in a lookup, if it has one. Own keys only: a company the cache lacks
 *  that is called "toString" or "constructor" has no summary, not Object.prototype's. */
export function companySummary(lookup: LookupResult | null | undefined, name: string): CompanySummary | undefined {
  return lookup && Object.hasOwn(lookup.companies, name) ? lookup.companies[name] : undefined;
}
