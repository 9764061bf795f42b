// The diff between what a feed's layer holds and what the feed now says. Pure: the store applies
// the plan in one transaction. Unchanged records are not rewritten, so re-applying an identical
// feed writes nothing but its sync state.
import type { Company, Deal, Feed } from '../feed/types';

export interface LayerPlan<R> {
  /** Records (null = tombstone) to write, by key. */
  put: Map<string, R | null>;
  /** Keys this feed no longer mentions at all. */
  remove: string[];
}

export interface ApplyPlan {
  deals: LayerPlan<Deal>;
  companies: LayerPlan<Company>;
  referenceChanged: boolean;
}

/** The records a feed states, by key; tombstones as null. */
export function feedRecords(feed: Feed): { deals: Map<string, Deal | null>; companies: Map<string, Company | null> } {
  const deals = new Map<string, Deal | null>();
  const companies = new Map<string, Company | null>();
  for (const id of feed.tombstones?.deals ?? []) deals.set(id, null);
  for (const name of feed.tombstones?.companies ?? []) companies.set(name, null);
  for (const d of feed.deals) deals.set(d.id, d);
  for (const c of feed.companies) companies.set(c.name, c);
  return { deals, companies };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planLayer<R>(old: ReadonlyMap<string, R | null>, next: ReadonlyMap<string, R | null>): LayerPlan<R> {
  const put = new Map<string, R | null>();
  for (const [key, record] of next) {
    if (!old.has(key) || !same(old.get(key), record)) put.set(key, record);
  }
  const remove = [...old.keys()].filter((key) => !next.has(key));
  return { put, remove };
}

export function planApply(
  old: { deals: ReadonlyMap<string, Deal | null>; companies: ReadonlyMap<string, Company | null>; reference: unknown },
  feed: Feed,
): ApplyPlan {
  const next = feedRecords(feed);
  return {
    deals: planLayer(old.deals, next.deals),
    companies: planLayer(old.companies, next.companies),
    referenceChanged: !same(old.reference, feed.reference),
  };
}

export const planIsEmpty = (p: ApplyPlan) =>
  !p.referenceChanged && !p.deals.put.size && !p.deals.remove.length && !p.companies.put.size && !p.companies.remove.length;
