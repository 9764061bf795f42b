// TEMPORARY: the deal-reading contract of CONTRACTS.md, copied here only because lib/reading (helper R)
// is not in this branch yet. At merge, delete this file and import these types from
// '../reading/types' (DealReading) in lib/feed/propose.ts and lib/feed/candidate.ts.
import type { Period } from '../extract/types';

export type DealStatus = 'confirmed' | 'reported' | 'rumored' | 'terminated';
export type ReadingKind =
  | 'compute-lease'
  | 'cloud-contract'
  | 'chip-supply'
  | 'investment'
  | 'funding-round'
  | 'acquisition'
  | 'joint-venture'
  | 'capex'
  | 'power';
export type ReadingRole = 'buyer' | 'seller' | 'investor' | 'investee' | 'acquirer' | 'target' | 'partner';

export interface DealReading {
  id: string;
  kind: ReadingKind;
  parties: { name: string; role: ReadingRole; mentionIds: string[] }[];
  money: {
    mentionId: string;
    currency: string;
    amount?: number;
    amountHigh?: number;
    period: Period;
    termMonths?: number;
  } | null;
  gpus: { mentionId: string; count: number; model: string | null } | null;
  powerWatts: number | null;
  powerMentionId?: string;
  status: DealStatus;
  evidence: { start: number; end: number; text: string };
  mentionIds: string[];
}
