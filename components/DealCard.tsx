import type { Deal, DealValue } from '../lib/feed/types';
import { formatMoney, formatCount } from '../lib/figures/format';
import { rateWords, safeHref, termWords } from './tooltip/view';
import { KIND_WORDS } from '../lib/figures/words';
import { t } from '../lib/i18n';

/** The value of a deal as the sources report it (its own currency: these are quoted figures). */
export function dealValueText(v: DealValue | null, numbers: 'compact' | 'full' = 'compact'): string | null {
  if (!v) return null;
  const parts: string[] = [];
  if (v.amount !== null)
    parts.push(rateWords(formatMoney(v.amount, v.currency, { style: numbers }), v.period ?? 'one-time'));
  if (v.termMonths) parts.push(t('tipDealFor', termWords(v.termMonths)));
  if (v.total !== null && v.total !== v.amount)
    parts.push(t('tipDealTotal', formatMoney(v.total, v.currency, { style: numbers })));
  return parts.length ? parts.join(' ') : null;
}

/** A cached deal: title, kind, date, status, parties, figures and its sources (http(s) links only,
 *  opened in a new tab without referrer). Shared by the tooltip and the popup. */
export function DealCard({ deal, numbers = 'compact' }: { deal: Deal; numbers?: 'compact' | 'full' }) {
  const value = dealValueText(deal.value, numbers);
  const gpus = deal.gpus?.count
    ? t(
        'tipDealAccelerators',
        `${formatCount(deal.gpus.count)}${deal.gpus.modelKeys?.length ? ` ${deal.gpus.modelKeys.join('/')}` : ''}`,
      )
    : null;
  return (
    <div class="deal">
      <div class="deal-title">{deal.title}</div>
      <div class="deal-meta">
        {KIND_WORDS[deal.kind]} · {deal.announced} · <span class={`status ${deal.status}`}>{deal.status}</span>
      </div>
      <div class="deal-parties">{deal.parties.map((p) => `${p.name} (${p.role})`).join(', ')}</div>
      {(value || gpus) && <div class="deal-figures">{[value, gpus].filter(Boolean).join(' · ')}</div>}
      {deal.sources.length > 0 && (
        <ul class="sources" aria-label={t('dealSources')}>
          {deal.sources.slice(0, 3).map((s) => {
            const href = safeHref(s.url);
            const label = s.title || s.url;
            return (
              <li key={s.url}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  <span>{label}</span>
                )}
                {s.date && <span class="date"> {s.date}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
