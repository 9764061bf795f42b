// A deal reading: one agreement a passage reports (docs/LABELING.md defines every field).
import type { Period } from '../extract/types';

export type DealKind =
  | 'compute-lease'
  | 'cloud-contract'
  | 'chip-supply'
  | 'investment'
  | 'funding-round'
  | 'acquisition'
  | 'joint-venture'
  | 'capex'
  | 'power';
export type PartyRole = 'buyer' | 'seller' | 'investor' | 'investee' | 'acquirer' | 'target' | 'partner';
export type DealStatus = 'confirmed' | 'reported' | 'rumored' | 'terminated';

export interface DealParty {
  name: string;
  role: PartyRole;
  mentionIds: string[];
}

interface DealMoney {
  mentionId: string;
  currency: string;
  amount?: number;
  amountHigh?: number;
  period: Period;
  termMonths?: number;
}

export interface DealReading {
  id: string;
  kind: DealKind;
  parties: DealParty[];
  money: DealMoney | null;
  gpus: { mentionId: string; count: number; model: string | null } | null;
  powerWatts: number | null;
  powerMentionId?: string;
  status: DealStatus;
  evidence: { start: number; end: number; text: string };
  mentionIds: string[];
}

/** What the reader may know about companies beyond the text (the feed's company kinds). */
export interface ReadingContext {
  companyKind?: (canonical: string) => string | undefined;
}
