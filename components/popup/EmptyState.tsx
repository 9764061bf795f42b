import type { PopupView } from './view';
import { t, type MessageKey } from '../../lib/i18n';

interface EmptyStateProps {
  view: Exclude<PopupView, { kind: 'summary' }>;
}

// Message keys of each view's title and detail.
const WORDS: Record<Exclude<PopupView['kind'], 'summary' | 'disabled-site'>, [MessageKey, MessageKey | null]> = {
  loading: ['popupLoading', null],
  unreachable: ['popupUnreachable', 'popupUnreachableDetail'],
  paused: ['popupPaused', 'popupPausedDetail'],
  'on-click': ['popupOnClick', 'popupOnClickDetail'],
  'no-article': ['popupNoArticle', 'popupNoArticleDetail'],
  'nothing-found': ['popupNothingFound', 'popupNothingFoundDetail'],
};

/** What the popup says instead of lists, and why. */
export function EmptyState({ view }: EmptyStateProps) {
  const [title, detail] =
    view.kind === 'disabled-site'
      ? [t('popupSiteOff', view.host ?? t('popupThisSite')), t('popupSiteOffDetail')]
      : [t(WORDS[view.kind][0]), WORDS[view.kind][1] ? t(WORDS[view.kind][1]!) : ''];
  return (
    <div class={`empty-state empty-${view.kind}`} role="status">
      <p class="empty-title">{title}</p>
      {detail && <p class="muted">{detail}</p>}
    </div>
  );
}
