import type { CompanyItem } from './summarize';
import { plural, t } from '../../lib/i18n';

interface CompanyListProps {
  companies: CompanyItem[];
  /** Called with the company; the caller picks which of its marks to show next. */
  onReveal: (company: CompanyItem) => void;
}

function dealsLabel(n: number | null): string {
  return n === null ? t('companyNotListed') : plural('companyKnownDeals', n);
}

/** Companies on the page, each once, with how often the page names them and their known deals. */
export function CompanyList({ companies, onReveal }: CompanyListProps) {
  return (
    <ul class="company-list" aria-label={t('popupCompaniesTitle')}>
      {companies.map((c) => (
        <li key={c.name}>
          <button
            type="button"
            class="row"
            onClick={() => onReveal(c)}
            title={t(c.indexes.length > 1 ? 'showOnPageNext' : 'showOnPage')}
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
