// Words and orders for kinds in the explorer (legends, pickers, stacking). Deal kinds in words come
// from the one table, lib/figures/words.ts KIND_WORDS.
import type { DealKind } from '../../lib/feed/types';
import { COMPANY_KINDS, companyKindLabel } from '../tooltip/view';

/** The explorer's order of deal kinds (pickers, timeline stacking). */
export const DEAL_KINDS: DealKind[] = [
  'compute-lease',
  'cloud-contract',
  'investment',
  'chip-supply',
  'acquisition',
  'joint-venture',
  'funding-round',
  'capex',
  'power',
];
export const STATUSES = ['confirmed', 'reported', 'rumored'] as const;
export { COMPANY_KINDS, companyKindLabel };
