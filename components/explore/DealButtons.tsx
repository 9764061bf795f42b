// The keyboard's way to the deals a picture shows: a list of deals as buttons (Tab reaches each,
// Enter opens its card). The network lists the focused company's deals (its arrows), the
// timeline those of the activated bar.
import { t } from '../../lib/i18n';
import { formatCount } from '../../lib/figures/format';
import type { DealRow } from './rows';
import { MineBadge } from './MyDealsLegend';

/** How many rows the list shows before pointing to the table. */
const DEAL_BUTTONS_MAX = 12;

interface Props {
  /** The list's accessible name ("Deals of xAI"). */
  label: string;
  rows: readonly DealRow[];
  /** A short prefix per row (the arrow it belongs to: "xAI → Anthropic"), or none. */
  lead?: (r: DealRow) => string;
  onOpenDeal(id: string): void;
}

export function DealButtons({ label, rows, lead, onOpenDeal }: Props) {
  return (
    <>
      <ul class="deal-buttons" aria-label={label}>
        {rows.slice(0, DEAL_BUTTONS_MAX).map((r) => (
          <li key={r.id} class={r.mine ? 'mine' : undefined}>
            <button type="button" class="link" data-deal={r.id} onClick={() => onOpenDeal(r.id)}>
              {lead && <span class="deal-lead">{lead(r)}: </span>}
              {r.deal.title}
            </button>
            {r.mine && <MineBadge />}
            <span class="muted">
              {' '}
              {r.announced}
              {r.valueText ? ` · ${r.valueText}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {rows.length > DEAL_BUTTONS_MAX && (
        <p class="muted">{t('exploreMoreDeals', formatCount(rows.length - DEAL_BUTTONS_MAX))}</p>
      )}
    </>
  );
}
