// The reading trail, content side: which of a page's matched deals to remember (pure, tested)
// and the recorder that sends them. Only the page's hostname ever goes with them, and only while
// the reader has the trail switched on.
import type { LookupResult } from '../messages';
import { sendToBackground } from '../messages';
import { SETTING_FALLBACKS, SETTING_KEYS } from '../settings';
import { nativeExtension } from './native';
import { isDealOnPage } from '../deals/on-page';
import type { DealReading } from '../reading/types';

/** The deals this page reports (lib/deals/on-page.ts: by reading), for the reading trail. */
export function trailDealIds(
  result: Pick<LookupResult, 'deals' | 'reference'>,
  readings: readonly DealReading[],
): string[] {
  const fx = result.reference?.fx ?? null;
  return result.deals.filter((d) => isDealOnPage({ deal: d.deal, readings, fx })).map((d) => d.deal.id);
}

/** The `record-trail` request a lookup makes, or null: nothing while the trail is off, in a
 *  private window, on a page without a hostname (file:, data:), or when every matched deal was
 *  already sent from this page. */
export function trailRequest(
  result: Pick<LookupResult, 'deals' | 'reference'>,
  readings: readonly DealReading[],
  host: string,
  opts: { on: boolean; incognito: boolean; sent: ReadonlySet<string> },
): { type: 'record-trail'; dealIds: string[]; host: string } | null {
  if (!opts.on || opts.incognito || !host) return null;
  // Deals already sent are not weighed again: each weighing reads every reading of the page.
  const unsent = { ...result, deals: result.deals.filter((d) => !opts.sent.has(d.deal.id)) };
  const dealIds = trailDealIds(unsent, readings);
  return dealIds.length ? { type: 'record-trail', dealIds, host } : null;
}

/** Sends each matched deal of this page once; nothing from a private window. The setting is read
 *  first, on each lookup answer: weighing the page's deals against its readings costs a live page
 *  more with every paragraph it appends, and the trail is off unless the reader turned it on. */
export function createTrailRecorder(host: () => string = () => location.hostname) {
  const sent = new Set<string>();
  return async function record(result: LookupResult, readings: readonly DealReading[]): Promise<void> {
    if (!host() || !result.deals.length) return;
    const ext = nativeExtension() as ReturnType<typeof nativeExtension> & {
      extension?: { inIncognitoContext?: boolean };
    };
    const key = SETTING_KEYS.readingTrail;
    const on = ((await ext.storage.local.get([key]))[key] ?? SETTING_FALLBACKS.readingTrail) === true;
    const request = trailRequest(result, readings, host(), {
      on,
      incognito: ext.extension?.inIncognitoContext === true,
      sent,
    });
    if (!request) return;
    request.dealIds.forEach((id) => sent.add(id));
    await sendToBackground(request);
  };
}
