// The explorer's view switch: a WAI-ARIA tab list (arrow keys, Home, End: ./tabs.ts) whose one
// panel is the view below it (#view).
import type { View } from './hash';
import { tabKeyTarget } from './tabs';

/** The views and their tab names (user-visible words, for _locales). */
export const VIEWS: [View, string][] = [
  ['network', 'Network'],
  ['timeline', 'Timeline'],
  ['table', 'Table'],
];

export function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <nav role="tablist" aria-label="Views">
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
          {label}
        </button>
      ))}
    </nav>
  );
}
