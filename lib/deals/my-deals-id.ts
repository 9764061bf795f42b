// A saved deal's id, computed the same way where it is saved (the background) and where a page asks
// whether a reading is saved (the content script, the popup): "my:" + the first two parties and the
// kind + a hash of the page address and the reading's sentence. The same reading saved twice from the
// same page gets the same id, so a second Save finds the first instead of adding a copy. No valibot or
// feed code here: the content script imports it.
import type { DealReading } from '../reading/types';

/** Every saved deal's id starts with this, so it never takes a feed's id (feeds use plain slugs). */
const MY_DEAL_PREFIX = 'my:';

export const isMyDealId = (id: string) => id.startsWith(MY_DEAL_PREFIX);

/** FNV-1a, 32 bits, as 8 hex digits: a short stable suffix, not a security measure. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The page address without its fragment (#section is not another page). */
export function pageAddress(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The id `reading`, read on the page at `url`, is saved under. */
export function myDealId(reading: Pick<DealReading, 'parties' | 'kind' | 'evidence'>, url: string): string {
  const names = [...new Set(reading.parties.map((p) => p.name))].slice(0, 2).map(slug).filter(Boolean);
  const base = [...names, reading.kind].join('-').slice(0, 120);
  return `${MY_DEAL_PREFIX}${base}-${shortHash(`${pageAddress(url)}\n${reading.evidence.text}`)}`;
}
