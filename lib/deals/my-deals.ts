// "My deals": deals the reader saved from a page whose reading the deal list lacked. Each is a feed
// record (lib/feed/types.ts) built here, purely, from the reading and the page it was read on: the
// figures are the reading's own (never an estimate), the one source is the page (its address, title
// and date). The record goes through the feed's validator before anyone stores it.
import { dealFromReading } from '../feed/propose';
import { dealErrors } from '../feed/candidate';
import { modelKeys } from '../feed/models';
import { LIMITS } from '../feed/schema';
import type { Deal, Source } from '../feed/types';
import type { DealReading } from '../reading/types';
import { myDealId, pageAddress } from './my-deals-id';

/** The page a reading was read on, as the content script knows it. */
interface PageRef {
  url: string;
  title: string;
  /** The page's own publication date (YYYY-MM-DD), or null when it states none. */
  date: string | null;
}

export class MyDealError extends Error {}

/** A real calendar day written YYYY-MM-DD ("2026-02-31" is not one). */
function isDay(s: string | null): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s;
}

// Controls and bidi overrides the feed format refuses (lib/feed/schema.ts). A page title is the
// page's text, not a feed's: they are dropped from it rather than refusing the Save.
const UNPRINTABLE = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** The page as a feed source: its address, its title (the address when it has none), its date. */
export function sourceOfPage(page: PageRef): Source {
  const url = pageAddress(page.url);
  const title = page.title.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim().slice(0, LIMITS.title);
  return { url, title: title || url.slice(0, LIMITS.title), date: isDay(page.date) ? page.date : null };
}

/** The feed record of `reading` read on `page`; `today` (YYYY-MM-DD) dates it when the page states no
 *  date. Throws MyDealError when the reading cannot be a record: an ended deal (the feed format has
 *  no such status, and saving it as "reported" would state what the page denies), or one the feed's
 *  validator refuses. */
export function myDealFromReading(reading: DealReading, page: PageRef, today: string): Deal {
  if (reading.status === 'terminated') throw new MyDealError('An ended deal is not saved as a deal.');
  const source = sourceOfPage(page);
  const built = dealFromReading(reading, source, source.date ?? today);
  const keys = modelKeys(built.gpus?.model);
  const deal: Deal = {
    ...built,
    id: myDealId(reading, source.url),
    gpus: built.gpus ? { ...built.gpus, ...(keys.length ? { modelKeys: keys } : {}) } : null,
  };
  const errors = dealErrors(deal, 'deal');
  if (errors.length) throw new MyDealError(`This reading cannot be saved: ${errors.join('; ')}`);
  return deal;
}
