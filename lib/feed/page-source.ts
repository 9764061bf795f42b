// A saved page's source record ({url, title, date}) from its HTML head: the address the publisher
// declares (og:url, else the canonical link), its headline (og:title, else <title>) and its
// publication date (article:published_time and its common spellings). Pure over a parsed Document
// (attribute values and text come entity-decoded from the parser); values are plain text, never markup.
import type { Source } from './types';

interface PageSource {
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, the publisher's date for the page (its own calendar day, as written). */
  date: string | null;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'date'];

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

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** The source of a parsed page (the DOM the CLI builds with the page's own collection path). */
export function pageSource(doc: Document): PageSource {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.head?.querySelectorAll('meta') ?? [])) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content');
    if (key && content !== null && !meta.has(key)) meta.set(key, content);
  }
  const canonical = Array.from(doc.head?.querySelectorAll('link') ?? []).find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const dateKey = DATE_KEYS.find((k) => day(meta.get(k)));
  return {
    url: webUrl(meta.get('og:url')) ?? webUrl(canonical?.getAttribute('href') ?? undefined),
    title: clean(meta.get('og:title')) ?? clean(doc.head?.querySelector('title')?.textContent),
    date: dateKey ? day(meta.get(dateKey)) : null,
  };
}

/** The feed's source record for a page, or null when the page declares no web address. */
export function sourceOfPage(page: PageSource): Source | null {
  return page.url ? { url: page.url, title: page.title ?? page.url, date: page.date } : null;
}
