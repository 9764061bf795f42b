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
  onReveal: (figure: FigureItem) => void;
}

/** The page's figures by kind: the words as written (identical figures once, with a count), and
 *  what they come to. Each row scrolls the page to its marks, one after another. */
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
                    onClick={() => onReveal(f)}
                    title={t('showOnPage')}
                  >
                    <span class="value">{f.value}</span>
                    <span class="page-text">{t('popupQuote', f.text)}</span>
                    {f.indexes.length > 1 && <span class="muted count">×{f.indexes.length}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
