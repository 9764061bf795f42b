import { DealCard } from '../DealCard';
import type { ReportItem } from './summarize';

/** This component's words, in one place (the translation helper moves them into _locales). */
const WORDS = {
  list: 'Deals this article reports',
  inList: (why: string) => `In your deal list: ${why}`,
  notInList: 'Not in your deal list yet',
  show: 'Show on the page',
};

interface ReportListProps {
  reports: ReportItem[];
  numbers: 'compact' | 'full';
  onReveal: (report: ReportItem) => void;
}

/** One card per deal the article reports: the reading in words, then the cached deal it matches
 *  (with why), or that the deal list lacks it. */
export function ReportList({ reports, numbers, onReveal }: ReportListProps) {
  return (
    <ul class="deal-list report-list" aria-label={WORDS.list}>
      {reports.map((r) => (
        <li key={r.id} class="deal-item report" data-reading={r.id}>
          <p class="reading-words">{r.words}</p>
          {r.match ? (
            <>
              <p class="muted match-why">{WORDS.inList(r.match.why)}</p>
              <DealCard deal={r.match.deal} numbers={numbers} />
            </>
          ) : (
            <p class="muted not-listed">{WORDS.notInList}</p>
          )}
          {r.indexes.length > 0 && (
            <button type="button" class="link" onClick={() => onReveal(r)} aria-label={`${WORDS.show}: ${r.words}`}>
              {WORDS.show}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
