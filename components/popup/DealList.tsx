import type { DealItem } from './summarize';

interface DealListProps {
  deals: DealItem[];
  onReveal: (deal: DealItem) => void;
}

/** Cached deals this page matches: title, headline figure, the page's matching words, source link. */
export function DealList({ deals, onReveal }: DealListProps) {
  return (
    <ul class="deal-list" aria-label="Matching deals">
      {deals.map((d) => (
        <li key={d.id} class="deal">
          <button type="button" class="row deal-title" disabled={d.indexes.length === 0}
            onClick={() => onReveal(d)} title="Show on the page">
            <span>{d.title}</span>
          </button>
          {d.value && <p class="value">{d.value}</p>}
          {d.matchedText.length > 0 && (
            <p class="muted">On this page: {d.matchedText.map((t) => `“${t}”`).join(', ')}</p>
          )}
          {d.source && (
            <p>
              <a href={d.source.url} target="_blank" rel="noopener noreferrer">{d.source.title || d.source.url}</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
