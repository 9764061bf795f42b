// My deals beside the cached feeds' deals, wherever both are listed: the export (a feed document)
// and the explorer. A saved deal's id never equals a feed's (its "my:" prefix), except when an
// exported file was imported again: then the saved deal, which the reader may have edited, wins.
import type { Deal, Feed } from '../feed/types';

/** The cache's export with the saved deals added: still one valid feed (ids unique). */
export function feedWithMyDeals(feed: Feed, mine: readonly Deal[]): Feed {
  const ids = new Set(mine.map((d) => d.id));
  return { ...feed, deals: [...feed.deals.filter((d) => !ids.has(d.id)), ...mine] };
}

/** `items` (one per cached deal) without those a saved deal replaces. */
export function withoutSaved<T extends { deal: Deal }>(items: T[], mine: readonly Deal[]): T[] {
  if (!mine.length) return items;
  const ids = new Set(mine.map((d) => d.id));
  return items.filter((i) => !ids.has(i.deal.id));
}
