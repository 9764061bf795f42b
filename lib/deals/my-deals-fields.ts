// The fields of a saved deal a reader edits by hand (options → My deals), and the lists a form offers.
// No validator here: the options page imports it, and the checks run in the background
// (./my-deals-edit.ts).
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
