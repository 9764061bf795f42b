// My deals in the cache database: their own table (db.ts, version 4), outside the feed layers and the
// effective tables, so sync, import, feed removal and reseed never write it. Background only.
import type { Deal } from '../feed/types';
import type { DealDb, MyDealRow } from './db';
import { applyMyDealEdit, type MyDealEdit } from './my-deals-edit';
import { MyDealError } from './my-deals';
import { isMyDealId } from './my-deals-id';

/** More would make every page lookup read a long list; a reader's own notes stay far below it. */
const MAX_MY_DEALS = 2_000;

function rowOf(deal: Deal, savedAt: string): MyDealRow {
  return { id: deal.id, deal, partyNames: [...new Set(deal.parties.map((p) => p.name))], savedAt };
}

/** Saves `deal` unless a deal with its id is saved already (the same reading saved again): then the
 *  saved one, with the reader's edits, is kept and returned. */
export async function saveMyDeal(
  db: DealDb,
  deal: Deal,
  now = new Date().toISOString(),
): Promise<{ deal: Deal; added: boolean }> {
  if (!isMyDealId(deal.id)) throw new MyDealError(`Not a saved deal's id: ${deal.id}`);
  return db.transaction('rw', db.myDeals, async () => {
    const have = await db.myDeals.get(deal.id);
    if (have) return { deal: have.deal, added: false };
    if ((await db.myDeals.count()) >= MAX_MY_DEALS)
      throw new MyDealError(`My deals holds at most ${MAX_MY_DEALS} deals; remove some first.`);
    await db.myDeals.add(rowOf(deal, now));
    return { deal, added: true };
  });
}

/** Every saved deal, oldest first. */
export async function listMyDeals(db: DealDb): Promise<Deal[]> {
  return (await db.myDeals.orderBy('savedAt').toArray()).map((r) => r.deal);
}

/** The saved deals any of `names` is party to (what a page's lookup needs). */
export async function myDealsFor(db: DealDb, names: readonly string[]): Promise<Deal[]> {
  if (!names.length) return [];
  const rows = await db.myDeals
    .where('partyNames')
    .anyOf([...new Set(names)])
    .toArray();
  return [...new Map(rows.map((r) => [r.id, r.deal])).values()];
}

/** Applies `edit` to the saved deal `id`; a refused edit throws with every error and writes nothing. */
export async function updateMyDeal(db: DealDb, id: string, edit: MyDealEdit): Promise<Deal> {
  return db.transaction('rw', db.myDeals, async () => {
    const row = await db.myDeals.get(id);
    if (!row) throw new MyDealError(`No saved deal with the id ${id}`);
    const outcome = applyMyDealEdit(row.deal, edit);
    if (!outcome.ok) throw new MyDealError(outcome.errors.join('; '));
    await db.myDeals.put(rowOf(outcome.deal, row.savedAt));
    return outcome.deal;
  });
}

/** Removes the saved deal `id`; false when there was none. */
export async function removeMyDeal(db: DealDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.myDeals, async () => {
    const had = (await db.myDeals.get(id)) !== undefined;
    await db.myDeals.delete(id);
    return had;
  });
}
