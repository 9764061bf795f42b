import type { FigureItem, FigureKind } from './summarize';
import { t, type MessageKey } from '../../lib/i18n';

// Short group headings (the registry's plural labels for accelerators and power; plain "Money").
const GROUPS: [FigureKind, MessageKey][] = [
  ['money', 'popupGroupMoney'],
  ['gpu', 'kindGpuLabel'],
  ['power', 'kindPowerLabel'],
];

interface FigureGroupsProps {
  figures: Record<FigureKind, FigureItem[]>;
  onReveal: (index: number) => void;
}

/** The page's figures by kind: the words as written, and what they come to. Each row scrolls the
 *  page to its mark. */
export function FigureGroups({ figures, onReveal }: FigureGroupsProps) {
  return (
    <div class="figure-groups">
      {GROUPS.filter(([kind]) => figures[kind].length > 0)
        .map(([kind, key]) => ({ kind, title: t(key) }))
        .map(({ kind, title }) => (
          <div class={`figure-group kind-${kind}`} key={kind}>
            <h3>
              {title} <span class="muted">({figures[kind].length})</span>
            </h3>
            <ul aria-label={title}>
              {figures[kind].map((f) => (
                <li key={f.index}>
                  <button
                    type="button"
                    class="row figure-row"
                    data-index={f.index}
                    onClick={() => onReveal(f.index)}
                    title="Show on the page"
                  >
                    <span class="value">{f.value}</span>
                    <span class="page-text">“{f.text}”</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
