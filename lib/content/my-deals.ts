// Saving a reading of this page to My deals: the content script holds the reading and knows the page
// (address, title, date), so it sends both to the background, which builds, validates and stores the
// record. The tooltip's Save and the popup's (relayed as the `save-reading` tab request) both end here.
import type { Deal } from '../feed/types';
import { pageSource } from '../feed/page-source';
import { sendToBackground } from '../messages';
import type { DealReading } from '../reading/types';

/** The page as the record's source: its own address, its headline, its publication date. */
function thisPage(doc: Document, href: string): { url: string; title: string; date: string | null } {
  const declared = pageSource(doc);
  return { url: href, title: declared.title ?? doc.title ?? '', date: declared.date };
}

/** Saves `reading` (read on `doc` at `href`); resolves with the saved record. */
export async function saveReading(reading: DealReading, doc: Document, href: string): Promise<Deal> {
  const { deal } = await sendToBackground({ type: 'save-my-deal', reading, page: thisPage(doc, href) });
  return deal;
}
