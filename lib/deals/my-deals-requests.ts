// The schemas of the My deals requests (declared in lib/requests.ts). A content script relays a
// reading it made of a page: every field is typed and bounded here, and the background builds the
// record itself (lib/deals/my-deals.ts) and runs the feed's validator on it before storing.
import * as v from 'valibot';
import { DEAL_KINDS, DEAL_STATUSES } from './my-deals-fields';

const MAX_TEXT = 4_000;
const MAX_ITEMS = 100;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ids = v.pipe(v.array(str(200)), v.maxLength(MAX_ITEMS));
const finite = v.pipe(v.number(), v.finite());
const ROLES = ['buyer', 'seller', 'investor', 'investee', 'acquirer', 'target', 'partner'] as const;

/** lib/reading/types.ts's DealReading, bounded. */
export const ReadingSchema = v.object({
  id: str(200),
  kind: v.picklist(DEAL_KINDS),
  parties: v.pipe(
    v.array(v.object({ name: str(200), role: v.picklist(ROLES), mentionIds: ids })),
    v.maxLength(MAX_ITEMS),
  ),
  money: v.nullable(
    v.object({
      mentionId: str(200),
      currency: str(3),
      amount: v.optional(finite),
      amountHigh: v.optional(finite),
      period: v.picklist(['one-time', 'month', 'quarter', 'year']),
      termMonths: v.optional(finite),
    }),
  ),
  gpus: v.nullable(v.object({ mentionId: str(200), count: finite, model: v.nullable(str(200)) })),
  powerWatts: v.nullable(finite),
  powerMentionId: v.optional(str(200)),
  status: v.picklist(['confirmed', 'reported', 'rumored', 'terminated']),
  evidence: v.object({ start: finite, end: finite, text: str(MAX_TEXT) }),
  mentionIds: ids,
});

/** The page the reading was read on (lib/deals/my-deals.ts's PageRef). */
export const PageRefSchema = v.object({
  url: str(2048),
  title: str(MAX_TEXT),
  date: v.nullable(str(40)),
});

/** An edit from options (lib/deals/my-deals-edit.ts's MyDealEdit); the feed's validator checks the
 *  values, this only the types. */
export const MyDealEditSchema = v.object({
  title: str(MAX_TEXT),
  kind: v.picklist(DEAL_KINDS),
  status: v.picklist(DEAL_STATUSES),
  amount: v.nullable(v.number()),
  currency: str(10),
  period: v.nullable(v.picklist(['month', 'quarter', 'year'])),
  termMonths: v.nullable(v.number()),
});

export const myDealIdField = v.message(v.pipe(v.string(), v.maxLength(200)), 'id must be a string');
