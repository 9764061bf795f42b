import type { CompanyItem } from './summarize';

interface CompanyListProps {
  companies: CompanyItem[];
  /** Called with the company; the caller picks which of its marks to show next. */
  onReveal: (company: CompanyItem) => void;
}

function dealsLabel(n: number | null): string {
  if (n === null) return 'not in the deal list';
  return `${n} known deal${n === 1 ? '' : 's'}`;
}

/** Companies on the page, each once, with how often the page names them and their known deals. */
export function CompanyList({ companies, onReveal }: CompanyListProps) {
  return (
    <ul class="company-list" aria-label="Companies">
      {companies.map((c) => (
        <li key={c.name}>
          <button
            type="button"
            class="row"
            onClick={() => onReveal(c)}
            title={c.indexes.length > 1 ? 'Show on the page (click again for the next mention)' : 'Show on the page'}
          >
            <span class="company-name">
              {c.name}
              {c.indexes.length > 1 && <span class="muted"> ×{c.indexes.length}</span>}
            </span>
            <span class="value muted">{dealsLabel(c.dealCount)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
