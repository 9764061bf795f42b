// A saved page's source record ({url, title, date}) from its HTML head: the address the publisher
// declares (og:url, else the canonical link), its headline (og:title, else <title>) and its
// publication date (article:published_time and its common spellings). Pure and linear: a tag
// scanner over the head, no DOM. Values are plain text (entities decoded), never markup.
import { htmlToText } from '../extract/html-text';
import type { Source } from './types';

export interface PageSource {
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, the publisher's date for the page (its own calendar day, as written). */
  date: string | null;
}

/** Attributes of one tag, names lower-cased; quoted or bare values. */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of tag.matchAll(re)) attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'date'];

/** The head: everything before <body> (or the first 64 KB when a page has no body tag). */
function headOf(html: string): string {
  const body = html.search(/<body[\s>]/i);
  return html.slice(0, body >= 0 ? body : 65_536);
}

function webUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The calendar day a timestamp names ("2026-03-04T23:30:00-05:00" → "2026-03-04"). */
function day(value: string | undefined): string | null {
  const m = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}

const clean = (value: string | undefined): string | null => (value ? htmlToText(value) || null : null);

export function pageSource(html: string): PageSource {
  const head = headOf(html);
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  for (const m of head.matchAll(/<(meta|link)\b([^>]*)>/gi)) {
    const attrs = attributes(m[2]);
    if (m[1].toLowerCase() === 'link') {
      if ((attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= attrs.get('href');
      continue;
    }
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  const dateKey = DATE_KEYS.find((k) => day(meta.get(k)));
  return {
    url: webUrl(meta.get('og:url')) ?? webUrl(canonical),
    title: clean(meta.get('og:title')) ?? clean(titleTag),
    date: dateKey ? day(meta.get(dateKey)) : null,
  };
}

/** The feed's source record for a page, or null when the page declares no web address. */
export function sourceOfPage(page: PageSource): Source | null {
  return page.url ? { url: page.url, title: page.title ?? page.url, date: page.date } : null;
}
