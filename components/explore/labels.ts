// Words and orders for kinds in the explorer (legends, pickers, stacking). Deal kinds in words come
// from the one table, lib/figures/words.ts KIND_WORDS.
import type { CompanyKind, DealKind } from '../../lib/feed/types';
import { KIND_LABEL } from '../tooltip/view';

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
export const COMPANY_KINDS = Object.keys(KIND_LABEL) as CompanyKind[];
export const STATUSES = ['confirmed', 'reported', 'rumored'] as const;
export { KIND_LABEL };
