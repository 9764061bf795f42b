// Editing a saved deal (options → "My deals"): the fields a reader corrects by hand. Pure: the
// edited record is checked by the feed's own validator, and a refused edit changes nothing.
import { dealErrors } from '../feed/candidate';
import type { Deal, DealValue } from '../feed/types';

/** Every deal kind and record status the feed format knows (lib/feed/types.ts), in the order forms list them. */
export const DEAL_KINDS: readonly Deal['kind'][] = [
  'compute-lease',
  'cloud-contract',
  'chip-supply',
  'investment',
  'funding-round',
  'acquisition',
  'joint-venture',
  'capex',
  'power',
];
export const DEAL_STATUSES: readonly Deal['status'][] = ['confirmed', 'reported', 'rumored'];

export interface MyDealEdit {
  title: string;
  kind: Deal['kind'];
  status: Deal['status'];
  /** null: no amount (the value is dropped when nothing else is known of it). */
  amount: number | null;
  currency: string;
  period: DealValue['period'];
  termMonths: number | null;
}

export type EditOutcome = { ok: true; deal: Deal } | { ok: false; errors: string[] };

/** The edit form's starting values. */
export function editOf(deal: Deal): MyDealEdit {
  const v = deal.value;
  return {
    title: deal.title,
    kind: deal.kind,
    status: deal.status,
    amount: v?.amount ?? null,
    currency: v?.currency ?? 'USD',
    period: v?.period ?? null,
    termMonths: v?.termMonths ?? null,
  };
}

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
