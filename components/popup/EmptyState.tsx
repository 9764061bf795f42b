import type { PopupView } from './view';

interface EmptyStateProps {
  view: Exclude<PopupView, { kind: 'summary' }>;
}

const WORDS: Record<Exclude<PopupView['kind'], 'summary' | 'disabled-site'>, [string, string]> = {
  loading: ['Reading this page…', ''],
  unreachable: [
    'DealLens can’t read this page.',
    'Browser pages, the extension store and other extensions’ pages are off limits. If this is a news page opened before DealLens was installed, reload it.',
  ],
  paused: ['DealLens is paused.', 'Nothing is marked on any site until you turn “Pause everywhere” off.'],
  'on-click': [
    'DealLens runs only when you ask.',
    'Sites mode is “only when I click the toolbar button”, and this page could not be scanned.',
  ],
  'no-article': ['No article found on this page.', 'DealLens reads the main text of news articles.'],
  'nothing-found': [
    'No deal figures on this page.',
    'DealLens looks for companies, money, accelerator counts and power figures.',
  ],
};

/** What the popup says instead of lists, and why. */
export function EmptyState({ view }: EmptyStateProps) {
  const [title, detail] =
    view.kind === 'disabled-site'
      ? [`DealLens is off on ${view.host ?? 'this site'}.`, 'Switch “On this site” on to mark figures here.']
      : WORDS[view.kind];
  return (
    <div class={`empty-state empty-${view.kind}`} role="status">
      <p class="empty-title">{title}</p>
      {detail && <p class="muted">{detail}</p>}
    </div>
  );
}
