// The Mention contract of DESIGN.md. Other code (CLI, eval, tooltip, popup) relies on its exact shape.

import type { Period } from '../figures/period';
import type { MentionType } from '../figures/kinds';

export type { MentionType, Period };

interface Span {
  /** The exact source text: always `input.slice(start, end)`. */
  text: string;
  /** JavaScript string offsets into the extractor's input. */
  start: number;
  end: number;
}

export interface CompanyMention extends Span {
  type: 'company';
  /** The company's common name as the deal cache names it ("AWS" → "Amazon"). */
  canonical: string;
}

export interface MoneyMention extends Span {
  type: 'money';
  /** ISO 4217 code. */
  currency: string;
  /** In that currency's units: "$1.25 billion" → 1_250_000_000. Absent only when `vague`. */
  amount?: number;
  /** Upper end of a range ("$10-13 billion"). */
  amountHigh?: number;
  period: Period;
  /** Explicit duration of this same amount ("over five years" → 60). */
  termMonths?: number;
  /** "tens of billions": no amount. */
  vague?: boolean;
}

export interface GpuMention extends Span {
  type: 'gpu';
  count?: number;
  countHigh?: number;
  /** Chip or family named for this count (H100, GB300, Blackwell, TPU, Trainium2), else null. */
  model: string | null;
  /** NVIDIA, AMD, Google, Amazon, Intel or null. */
  vendor: string | null;
  vague?: boolean;
  /** "600,000 H100 equivalents". */
  equivalent?: boolean;
}

export interface PowerMention extends Span {
  type: 'power';
  watts?: number;
  wattsHigh?: number;
  vague?: boolean;
}

export type Mention = CompanyMention | MoneyMention | GpuMention | PowerMention;
