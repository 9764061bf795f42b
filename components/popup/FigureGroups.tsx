import type { FigureItem, FigureKind } from './summarize';
import { FIGURE_KINDS, type MentionType } from '../../lib/figures/kinds';

// The groups follow the registry (lib/figures/kinds.ts): its order by rank, its short group heading
// and its colour (the --kind variable the extension pages get from the registry).
const BY_RANK = [...FIGURE_KINDS].sort((a, b) => a.rank - b.rank);

interface FigureGroupsProps {
  figures: Record<FigureKind, FigureItem[]>;
  onReveal: (figure: FigureItem) => void;
}

/** The popup's figures of one kind (it groups the figure kinds, not companies). */
const itemsOf = (figures: Record<FigureKind, FigureItem[]>, type: MentionType): FigureItem[] =>
  (figures as Partial<Record<MentionType, FigureItem[]>>)[type] ?? [];

/** The page's figures by kind: the words as written (identical figures once, with a count), and
 *  what they come to. Each row scrolls the page to its marks, one after another. */
export function FigureGroups({ figures, onReveal }: FigureGroupsProps) {
  return (
    <div class="figure-groups">
      {BY_RANK.map((k) => ({ kind: k.type, title: k.group, items: itemsOf(figures, k.type) }))
        .filter(({ items }) => items.length > 0)
        .map(({ kind, title, items }) => (
          <div class={`figure-group kind-${kind}`} key={kind}>
            <h3 style={{ color: `var(--${kind})` }}>
              {title} <span class="muted">({items.length})</span>
            </h3>
            <ul aria-label={title}>
              {items.map((f) => (
                <li key={f.index}>
                  <button
                    type="button"
                    class="row figure-row"
                    data-index={f.index}
                    onClick={() => onReveal(f)}
                    title="Show on the page"
                  >
                    <span class="value">{f.value}</span>
                    <span class="page-text">“{f.text}”</span>
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
