// Which face the popup shows. Pure, so every empty state is decided in one tested place.
import type { PageSummary } from '../../lib/messages';
import type { SiteMode } from '../../lib/settings';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'paused' }
  | { kind: 'disabled-site'; host: string | null }
  | { kind: 'on-click' }
  | { kind: 'no-article' }
  | { kind: 'nothing-found' }
  | { kind: 'summary' };

interface ViewInput {
  /** The tab's summary, null while it loads. */
  summary: PageSummary | null;
  /** Set when the tab did not answer (browser pages, the web store, a tab opened before install). */
  tabError: string | null;
  paused: boolean | undefined;
  mode: SiteMode | undefined;
  host: string | null;
}

export function chooseView({ summary, tabError, paused, mode, host }: ViewInput): PopupView {
  if (paused) return { kind: 'paused' };
  if (tabError !== null) return { kind: 'unreachable' };
  if (!summary) return { kind: 'loading' };
  if (!summary.enabled) {
    if (summary.reason === 'paused') return { kind: 'paused' };
    if (summary.reason === 'no-article') return { kind: 'no-article' };
    return mode === 'on-click' ? { kind: 'on-click' } : { kind: 'disabled-site', host };
  }
  if (summary.mentions.length === 0) return { kind: 'nothing-found' };
  return { kind: 'summary' };
}

/** A tab URL's hostname when it is a web page DealLens could annotate. */
export function webHost(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
