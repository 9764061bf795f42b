// The popup's requests to this tab (relayed by the background for keyboard commands): the page's
// summary, a rescan the reader asked for, stepping through marks, revealing one mention, and
// saving one reading. The summary is a pure read of the page state.
import type { Mention } from '../extract/types';
import type { PageSummary, TabReplies, TabRequest } from '../messages';
import { unclearTotal, type PageState } from './page-state';
import type { TooltipControl } from './tooltip-control';

/** The popup's page summary waits at most this long for a running scan. */
const SUMMARY_WAIT_MS = 2000;

/** What the popup is told about the page (pure over the state). */
export function pageSummary(state: PageState, url: string): PageSummary {
  const { index, reason } = state;
  return {
    url,
    enabled: !reason,
    ...(reason ? { reason } : {}),
    mentions: index.mentions as Mention[],
    mentionIds: index.mentions.map((_, i) => index.pageId(i)),
    readings: index.allReadings(),
    lookup: state.lookup,
    unclear: unclearTotal(state.unclear),
  };
}

interface TabRequestDeps {
  state: PageState;
  tooltip: Pick<TooltipControl, 'show' | 'saveToMyDeals'>;
  /** Shows the next or previous mark; whether one was shown. */
  step(direction: 1 | -1): boolean;
  /** The reader asked from the popup: annotate even where the site is switched off, then scan. */
  forceRescan(): Promise<void>;
}

export function createTabRequestHandler(deps: TabRequestDeps) {
  const { state, tooltip } = deps;
  return async function handle(req: TabRequest): Promise<TabReplies[TabRequest['type']]> {
    if (req.type === 'page-summary') {
      await Promise.race([state.scanning, new Promise((r) => setTimeout(r, SUMMARY_WAIT_MS))]);
      return pageSummary(state, location.href);
    }
    if (req.type === 'rescan') {
      await deps.forceRescan();
      return { count: state.index.size };
    }
    if (req.type === 'step') return { shown: deps.step(req.direction) };
    if (req.type === 'save-reading')
      return tooltip.saveToMyDeals(state.index.allReadings().find((r) => r.id === req.id) ?? null);
    const at = state.index.indexOfId(req.id);
    const range = state.index.ranges[at];
    if (!range || range.collapsed || !range.startContainer.isConnected) return { found: false };
    tooltip.show(at, 'keyboard');
    return { found: true };
  };
}
