import { DealCard } from '../DealCard';
import { canSave } from '../../lib/deals/my-deals-match';
import { t } from '../../lib/i18n';
import { SaveButton } from '../tooltip/SaveButton';
import type { ReportItem } from './summarize';

interface ReportListProps {
  reports: ReportItem[];
  numbers: 'compact' | 'full';
  onReveal: (report: ReportItem) => void;
  /** Saves the reading to My deals (through the page, which holds it). */
  onSave?: (readingId: string) => Promise<void>;
}

/** One card per deal the article reports: the reading in words, then the cached or saved deal it
 *  matches (with why), or that the deal list lacks it, with a Save to My deals. */
export function ReportList({ reports, numbers, onReveal, onSave }: ReportListProps) {
  return (
    <ul class="deal-list report-list" aria-label={t('popupReportsTitle')}>
      {reports.map((r) => (
        <li key={r.id} class={`deal-item report${r.match?.mine ? ' mine' : ''}`} data-reading={r.id}>
          <p class="reading-words">{r.words}</p>
          {r.match ? (
            <>
              <p class="muted match-why">{t(r.match.mine ? 'myDealsInList' : 'popupInDealList', r.match.why)}</p>
              <DealCard deal={r.match.deal} numbers={numbers} />
            </>
          ) : (
            <p class="muted not-listed">{t('popupNotInList')}</p>
          )}
          {onSave && canSave(r.reading, r.match) && <SaveButton onSave={() => onSave(r.id)} />}
          {r.indexes.length > 0 && (
            <button type="button" class="link" onClick={() => onReveal(r)} aria-label={t('showDealOnPage', r.words)}>
              {t('showOnPage')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
