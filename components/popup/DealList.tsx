import { DealCard } from '../DealCard';
import type { DealItem } from './summarize';
import { t } from '../../lib/i18n';

interface DealListProps {
  deals: DealItem[];
  numbers: 'compact' | 'full';
  onReveal: (deal: DealItem) => void;
}

/** Cached deals this page matches: the shared deal card (as in the tooltip), what it comes to in
 *  the reader's terms, the page's matching words, and a button to show them on the page. */
export function DealList({ deals, numbers, onReveal }: DealListProps) {
  return (
    <ul class="deal-list" aria-label={t('popupMatchingDeals')}>
      {deals.map((d) => (
        <li key={d.deal.id} class="deal-item">
          <DealCard deal={d.deal} numbers={numbers} />
          {d.normalized && (
            <p class="normalized">
              {t('dealComesTo')} <strong>{d.normalized}</strong>
            </p>
          )}
          {d.matchedText.length > 0 && (
            <p class="muted">{t('dealOnPage', d.matchedText.map((w) => t('popupQuote', w)).join(', '))}</p>
          )}
          {d.indexes.length > 0 && (
            <button
              type="button"
              class="link"
              onClick={() => onReveal(d)}
              aria-label={t('showDealOnPage', d.deal.title)}
            >
              {t('showOnPage')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
