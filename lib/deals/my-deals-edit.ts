// Editing a saved deal (options → "My deals"): the fields a reader corrects by hand. Pure: the
// edited record is checked by the feed's own validator, and a refused edit changes nothing.
import { dealErrors } from '../feed/candidate';
import type { Deal, DealValue } from '../feed/types';
import type { MyDealEdit } from './my-deals-fields';

export type { MyDealEdit } from './my-deals-fields';

type EditOutcome = { ok: true; deal: Deal } | { ok: false; errors: string[] };

/** `deal` with `edit` applied; the id, parties and sources stay. Errors name the field
 *  ("value.amount: expected a number >= 0"). */
export function applyMyDealEdit(deal: Deal, edit: MyDealEdit): EditOutcome {
  const keepsValue = edit.amount !== null || deal.value?.total != null || deal.value?.note != null;
  const value: DealValue | null = keepsValue
    ? {
        currency: edit.currency.trim().toUpperCase(),
        amount: edit.amount,
        period: edit.period,
        termMonths: edit.termMonths,
        total: deal.value?.total ?? null,
        note: deal.value?.note ?? null,
      }
    : null;
  const next: Deal = { ...deal, title: edit.title.trim(), kind: edit.kind, status: edit.status, value };
  const errors = [...(next.title ? [] : ['title: expected a title']), ...dealErrors(next, 'deal')];
  return errors.length ? { ok: false, errors: errors.map((e) => e.replace(/^deal\./, '')) } : { ok: true, deal: next };
}
