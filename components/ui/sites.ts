// Site list editing shared by the popup switch and the options page. Pure; lib/settings.ts's
// isSiteEnabled() stays the one judge of whether a site is on.
import { isSiteEnabled, type SiteMode } from '../../lib/settings';

/** A hostname the lists can hold, from what a reader types or a tab URL: "https://www.Example.com/a"
 *  → "example.com". A leading "www." is dropped so the entry covers the whole site (lists match
 *  subdomains). Null when there is no usable hostname. */
export function siteKey(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!host || !/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(host)) return null;
  return host;
}

interface SiteLists {
  mode: SiteMode;
  disabled: readonly string[];
  enabled: readonly string[];
}

/** The lists after switching `hostname` on or off in the current mode. In 'all' mode the site goes
 *  into or out of the off list; in 'listed' mode into or out of the on list. Entries for a parent
 *  domain that would keep the old state are removed too. 'on-click' has no per-site state. */
export function switchSite(hostname: string, on: boolean, lists: SiteLists): { disabled: string[]; enabled: string[] } {
  const key = siteKey(hostname) ?? hostname;
  const covers = (entry: string) => hostname === entry || hostname.endsWith('.' + entry) || entry === key;
  let disabled = [...lists.disabled];
  let enabled = [...lists.enabled];
  if (lists.mode === 'all') {
    disabled = disabled.filter((e) => !covers(e));
    if (!on) disabled.push(key);
  } else if (lists.mode === 'listed') {
    enabled = enabled.filter((e) => !covers(e));
    if (on) enabled.push(key);
  }
  return { disabled, enabled };
}

/** Whether the popup's switch shows on for this host (same rule as the content script). */
export function siteIsOn(hostname: string, lists: SiteLists): boolean {
  return isSiteEnabled(hostname, lists.mode, lists.disabled, lists.enabled);
}

/** Adds a typed entry to a list, normalized and without duplicates. */
export function addSite(list: readonly string[], input: string): string[] | null {
  const key = siteKey(input);
  if (!key) return null;
  return list.includes(key) ? [...list] : [...list, key].sort();
}
