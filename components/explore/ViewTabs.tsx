// The explorer's view switch: a WAI-ARIA tab list (arrow keys, Home, End: ./tabs.ts) whose one
// panel is the view below it (#view).
import { t, type MessageKey } from '../../lib/i18n';
import type { View } from './hash';
import { tabKeyTarget } from './tabs';

/** The views and their tab names' messages. */
const VIEWS: [View, MessageKey][] = [
  ['network', 'exploreViewNetwork'],
  ['timeline', 'exploreViewTimeline'],
  ['table', 'exploreViewTable'],
];

export function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <nav role="tablist" aria-label={t('exploreViews')}>
      {VIEWS.map(([v, label]) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={view === v}
          aria-controls="view"
          class={view === v ? 'tab active' : 'tab'}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={(e) => {
            const next = tabKeyTarget(
              e.key,
              VIEWS.findIndex(([w]) => w === v),
              VIEWS.length,
            );
            if (next === null) return;
            e.preventDefault();
            onChange(VIEWS[next][0]);
            document.getElementById(`tab-${VIEWS[next][0]}`)?.focus();
          }}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
