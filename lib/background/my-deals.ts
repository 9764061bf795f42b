// The background's My deals requests: the content script's Save, and the options page's list, edit
// and remove. The writes go to the myDeals table only (lib/deals/my-deals-db.ts); nothing leaves the
// browser. Also the saved deals a page lookup, the explorer and the export add to the cache's.
import type { BackgroundReplies, BackgroundRequest, ExploreDeal } from '../messages';
import type { DealDb } from '../deals/db';
import { dealNumbers } from '../deals/derive';
import { effectiveReference } from '../deals/effective';
import { myDealFromReading } from '../deals/my-deals';
import { listMyDeals, removeMyDeal, saveMyDeal, updateMyDeal } from '../deals/my-deals-db';
import type { Deal } from '../feed/types';

type Handlers = {
  [K in 'save-my-deal' | 'my-deals' | 'update-my-deal' | 'remove-my-deal']: (
    req: Extract<BackgroundRequest, { type: K }>,
  ) => Promise<BackgroundReplies[K]>;
};

/** The reader's local calendar day (YYYY-MM-DD): a page without a date is dated the day it was saved. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function myDealHandlers(db: DealDb, now: () => Date = () => new Date()): Handlers {
  return {
    'save-my-deal': async (req) => {
      const at = now();
      return saveMyDeal(db, myDealFromReading(req.reading, req.page, localDay(at)), at.toISOString());
    },
    'my-deals': async () => ({ deals: await listMyDeals(db) }),
    'update-my-deal': async (req) => ({ deal: await updateMyDeal(db, req.id, req.edit) }),
    'remove-my-deal': async (req) => ({ removed: await removeMyDeal(db, req.id) }),
  };
}

/** The saved deals as the explorer lists them: with the cache's USD figures, marked as the reader's. */
export async function myExploreDeals(db: DealDb, mine: readonly Deal[]): Promise<ExploreDeal[]> {
  if (!mine.length) return [];
  const fx = (await effectiveReference(db))?.fx ?? null;
  return mine.map((deal) => ({ deal, ...dealNumbers(deal, fx), mine: true }));
}
