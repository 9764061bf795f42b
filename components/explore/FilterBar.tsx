import { t } from '../../lib/i18n';
import { memo } from 'preact/compat';
import type { DealKind } from '../../lib/feed/types';
import type { DealFilter, Status } from './filter';
import { DEAL_KINDS, STATUSES } from './labels';
import { KIND_WORDS, STATUS_WORDS } from '../../lib/figures/words';

interface Props {
  filter: DealFilter;
  names: string[];
  /** Offer "Seen deals only" (the reading trail holds something). */
  showSeen?: boolean;
  onChange(change: Partial<DealFilter>): void;
  onReset(): void;
}

/** One labeled control per filter; the company is the explorer's selection (kept in the hash). */
export function FilterBar({ filter, names, showSeen = false, onChange, onReset }: Props) {
  const text = (key: 'company' | 'counterparty' | 'from' | 'to' | 'text') => (e: Event) =>
    onChange({ [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form class="filters" role="search" aria-label={t('exploreFilter')} onSubmit={(e) => e.preventDefault()}>
      <CompanyNames names={names} />
      {(['company', 'counterparty'] as const).map((key) => (
        <label key={key}>
          {t(key === 'company' ? 'exploreCompany' : 'exploreCounterparty')}
          <input
            type="search"
            list="company-names"
            value={filter[key]}
            onChange={text(key)}
            placeholder={t('exploreAny')}
          />
        </label>
      ))}
      <label>
        {t('exploreKind')}
        <select value={filter.kind} onChange={(e) => onChange({ kind: e.currentTarget.value as DealKind | '' })}>
          <option value="">{t('exploreAny')}</option>
          {DEAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_WORDS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('exploreStatus')}
        <select value={filter.status} onChange={(e) => onChange({ status: e.currentTarget.value as Status | '' })}>
          <option value="">{t('exploreAny')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('exploreFrom')}
        <input
          class="date"
          value={filter.from}
          onChange={text('from')}
          placeholder="YYYY-MM"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        {t('exploreTo')}
        <input
          class="date"
          value={filter.to}
          onChange={text('to')}
          placeholder="YYYY-MM"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        {t('exploreMinAnnual')}
        <input
          type="number"
          min="0"
          step="0.1"
          class="num"
          value={filter.minAnnualUsd ? filter.minAnnualUsd / 1e9 : ''}
          onChange={(e) => onChange({ minAnnualUsd: Math.max(0, Number(e.currentTarget.value) || 0) * 1e9 })}
          placeholder="0"
        />
      </label>
      {(showSeen || filter.seen) && (
        <label class="check">
          <input type="checkbox" checked={filter.seen} onChange={(e) => onChange({ seen: e.currentTarget.checked })} />
          {t('exploreSeenOnly')}
        </label>
      )}
      <label class="grow">
        {t('exploreSearch')}
        <input type="search" value={filter.text} onInput={text('text')} placeholder={t('exploreSearchHint')} />
      </label>
      <button type="button" onClick={onReset}>
        {t('exploreClearFilters')}
      </button>
    </form>
  );
}

/** The company pickers' suggestions: 500 options at 10,000 deals, skipped when the names did
 *  not change (every filter change re-renders the bar). */
const CompanyNames = memo(function CompanyNames({ names }: { names: string[] }) {
  return (
    <datalist id="company-names">
      {names.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
});
