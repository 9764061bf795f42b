// The diff between what a feed's layer holds and what the feed now says. Pure: the store applies
// the plan in one transaction. Layer rows keep each record as its JSON text, so the diff is a
// string comparison and unchanged records are not rewritten: re-applying an identical feed
// writes nothing but its sync state.
import type { Company, Deal, Feed } from '../feed/types';

interface LayerPlan<R> {
  /** Records (null = tombstone) to write, by key, with their JSON (null for a tombstone). */
  put: Map<string, { record: R | null; json: string | null }>;
  /** Keys this feed no longer mentions at all. */
  remove: string[];
}

interface ApplyPlan {
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

/** `old`: the layer's JSON per key (null = tombstone). */
export function planLayer<R>(
  old: ReadonlyMap<string, string | null>,
  next: ReadonlyMap<string, R | null>,
): LayerPlan<R> {
  const put = new Map<string, { record: R | null; json: string | null }>();
  for (const [key, record] of next) {
    const json = record === null ? null : JSON.stringify(record);
    if (!old.has(key) || old.get(key) !== json) put.set(key, { record, json });
  }
  const remove = [...old.keys()].filter((key) => !next.has(key));
  return { put, remove };
}

export function planApply(
  old: { deals: ReadonlyMap<string, string | null>; companies: ReadonlyMap<string, string | null>; reference: unknown },
  feed: Feed,
): ApplyPlan {
  const next = feedRecords(feed);
  return {
    deals: planLayer(old.deals, next.deals),
    companies: planLayer(old.companies, next.companies),
    referenceChanged: JSON.stringify(old.reference) !== JSON.stringify(feed.reference),
  };
}

export const planIsEmpty = (p: ApplyPlan) =>
  !p.referenceChanged &&
  !p.deals.put.size &&
  !p.deals.remove.length &&
  !p.companies.put.size &&
  !p.companies.remove.length;
