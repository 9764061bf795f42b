// Words and orders for kinds in the explorer (legends, pickers, stacking).
import type { CompanyKind, DealKind } from '../../lib/feed/types';
import { DEAL_KIND_LABEL, KIND_LABEL } from '../tooltip/view';

export const DEAL_KINDS = Object.keys(DEAL_KIND_LABEL) as DealKind[];
export const COMPANY_KINDS = Object.keys(KIND_LABEL) as CompanyKind[];
export const STATUSES = ['confirmed', 'reported', 'rumored'] as const;
export { DEAL_KIND_LABEL, KIND_LABEL };
