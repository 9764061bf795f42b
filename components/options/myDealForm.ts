// The My deals edit form's text fields → an edit (lib/deals/my-deals-edit.ts). Pure. A number field
// takes digits with an optional decimal point (and thousands commas only where they group by three):
// "1.000" could be one or a thousand, and a wrong figure is the worst outcome, so it is refused.
import type { MyDealEdit } from '../../lib/deals/my-deals-fields';
import { t } from '../../lib/i18n';

export interface MyDealForm {
  title: string;
  kind: string;
  status: string;
  amount: string;
  currency: string;
  period: string;
  termMonths: string;
}

export function formOf(edit: MyDealEdit): MyDealForm {
  return {
    title: edit.title,
    kind: edit.kind,
    status: edit.status,
    amount: edit.amount === null ? '' : String(edit.amount),
    currency: edit.currency,
    period: edit.period ?? '',
    termMonths: edit.termMonths === null ? '' : String(edit.termMonths),
  };
}

const PLAIN = /^\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** The number typed, null for an empty field, undefined when it is not a number. */
export function parseNumber(text: string): number | null | undefined {
  const s = text.trim().replace(/[\s_]/g, '');
  if (!s) return null;
  if (!PLAIN.test(s) && !GROUPED.test(s)) return undefined;
  return Number(s.replace(/,/g, ''));
}

/** The edit the form describes, or the errors of its number fields (each naming its field). The
 *  rest (kinds, currency code, limits) the feed's validator checks in the background. */
export function editFromForm(
  form: MyDealForm,
  labels: { amount: string; termMonths: string },
): { ok: true; edit: MyDealEdit } | { ok: false; errors: string[] } {
  const amount = parseNumber(form.amount);
  const termMonths = parseNumber(form.termMonths);
  const errors = [
    ...(amount === undefined ? [t('myDealsBadNumber', labels.amount)] : []),
    ...(termMonths === undefined ? [t('myDealsBadNumber', labels.termMonths)] : []),
  ];
  if (amount === undefined || termMonths === undefined) return { ok: false, errors };
  return {
    ok: true,
    edit: {
      title: form.title,
      kind: form.kind as MyDealEdit['kind'],
      status: form.status as MyDealEdit['status'],
      amount,
      currency: form.currency,
      period: (form.period || null) as MyDealEdit['period'],
      termMonths,
    },
  };
}
