import { KIND_WORDS, statusWords } from '../../lib/figures/words';
import { useState } from 'preact/hooks';
import type { Deal } from '../../lib/feed/types';
import { DEAL_KINDS, DEAL_STATUSES, editOf, type MyDealEdit } from '../../lib/deals/my-deals-fields';
import { t, type MessageKey } from '../../lib/i18n';
import { editFromForm, formOf, type MyDealForm } from './myDealForm';

const PERIODS: [string, MessageKey][] = [
  ['', 'myDealsPeriodNone'],
  ['month', 'myDealsPeriodMonth'],
  ['quarter', 'myDealsPeriodQuarter'],
  ['year', 'myDealsPeriodYear'],
];

interface EditorProps {
  deal: Deal;
  /** Sends the edit; resolves with null when saved, else the background's reason. */
  onSave: (edit: MyDealEdit) => Promise<string | null>;
  onCancel: () => void;
}

/** The edit form of one saved deal. Nothing is written until the background accepts the whole edit;
 *  a refused one keeps the form as typed, with the reason. */
export function MyDealEditor({ deal, onSave, onCancel }: EditorProps) {
  const [form, setForm] = useState<MyDealForm>(() => formOf(editOf(deal)));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `my-deal-${field}-${deal.id}`;
  const set = (field: keyof MyDealForm) => (e: Event) =>
    setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const labels = { amount: t('myDealsFieldAmount'), termMonths: t('myDealsFieldTerm') };

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = editFromForm(form, labels);
    if (!parsed.ok) return setErrors(parsed.errors);
    setBusy(true);
    const refused = await onSave(parsed.edit);
    setBusy(false);
    setErrors(refused ? [t('myDealsEditFailed', refused)] : []);
  };

  const text = (field: keyof MyDealForm, label: MessageKey, extra: Record<string, string> = {}) => (
    <div class="field">
      <label for={id(field)}>{t(label)}</label>
      <input id={id(field)} type="text" value={form[field]} onInput={set(field)} {...extra} />
    </div>
  );
  const select = (field: keyof MyDealForm, label: MessageKey, options: [string, string][]) => (
    <div class="field">
      <label for={id(field)}>{t(label)}</label>
      <select id={id(field)} value={form[field]} onChange={set(field)}>
        {options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form class="my-deal-editor" onSubmit={submit} aria-describedby={errors.length ? id('errors') : undefined}>
      {text('title', 'myDealsFieldTitle', { size: '48' })}
      {select(
        'kind',
        'myDealsFieldKind',
        DEAL_KINDS.map((k) => [k, KIND_WORDS[k]]),
      )}
      {select(
        'status',
        'myDealsFieldStatus',
        DEAL_STATUSES.map((s) => [s, statusWords(s)]),
      )}
      <div class="inline">
        {text('amount', 'myDealsFieldAmount', { inputMode: 'decimal', size: '16' })}
        {text('currency', 'myDealsFieldCurrency', { size: '4', maxLength: '3' })}
        {select(
          'period',
          'myDealsFieldPeriod',
          PERIODS.map(([v, k]) => [v, t(k)]),
        )}
        {text('termMonths', 'myDealsFieldTerm', { inputMode: 'numeric', size: '5' })}
      </div>
      {errors.length > 0 && (
        <ul class="error my-deal-errors" id={id('errors')} role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div class="inline">
        <button type="submit" class="primary" disabled={busy}>
          {t('myDealsSaveEdit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('myDealsCancel')}
        </button>
      </div>
    </form>
  );
}
