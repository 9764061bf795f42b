// Feed format v1 (DESIGN.md "Feed"): the contract between the feed, the validator, the deal cache
// and the UI. lib/feed/schema.ts must produce exactly these types.

export const FEED_FORMAT = 'deallens-feed';
export const FEED_VERSION = 1;

export type CompanyKind = 'ai-lab' | 'hyperscaler' | 'neocloud' | 'chipmaker' | 'investor' | 'energy' | 'other';

export interface Company {
  name: string;
  aliases: string[];
  ticker: string | null;
  kind: CompanyKind;
}

export type DealKind =
  | 'compute-lease'
  | 'cloud-contract'
  | 'investment'
  | 'chip-supply'
  | 'acquisition'
  | 'joint-venture'
  | 'funding-round'
  | 'capex'
  | 'power';

export type PartyRole = 'buyer' | 'seller' | 'investor' | 'investee' | 'acquirer' | 'target' | 'partner';

export interface Source {
  url: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the page shows none. */
  date: string | null;
}

export interface DealValue {
  currency: string;
  amount: number | null;
  /** null: one-off or total. */
  period: 'month' | 'quarter' | 'year' | null;
  termMonths: number | null;
  total: number | null;
  note: string | null;
}

export interface Deal {
  id: string;
  title: string;
  kind: DealKind;
  parties: { name: string; role: PartyRole }[];
  /** YYYY-MM-DD or YYYY-MM. */
  announced: string;
  value: DealValue | null;
  /** `model` is the sources' free text, kept for display; `modelKeys` the short model names found
   *  in it by lib/feed/models.ts (["GB200", "GB300"]), for matching. Optional for older feeds. */
  gpus: { count: number | null; model: string | null; modelKeys?: string[] } | null;
  powerWatts: number | null;
  location: string | null;
  status: 'confirmed' | 'reported' | 'rumored';
  sources: Source[];
}

export interface PriceRange {
  low: number;
  high: number;
}

export interface Accelerator {
  model: string;
  vendor: string;
  architecture: string | null;
  boardPowerWatts: number;
  /** Variant caveats ("PCIe variant 350 W"). */
  boardPowerNote?: string | null;
  /** Street/analyst estimates; `note` says whose and how they conflict. */
  unitPriceUsd: (PriceRange & { note?: string | null }) | null;
  /** Cloud rental, USD per GPU-hour, by market tier. */
  cloudPricePerGpuHour: (PriceRange & { tier: string; asOf: string; source: string })[];
  sources: Source[];
}

export interface FxTable {
  /** The date the rates were taken (YYYY-MM-DD). */
  date: string;
  base: 'USD';
  /** Units of USD per one unit of the currency: EUR → 1.08 means €1 = $1.08. */
  usdPer: Record<string, number>;
  source: string;
}

export interface Reference {
  accelerators: Accelerator[];
  fx: FxTable;
}

interface Tombstones {
  companies: string[];
  deals: string[];
}

export interface Feed {
  format: typeof FEED_FORMAT;
  version: typeof FEED_VERSION;
  generatedAt: string;
  companies: Company[];
  deals: Deal[];
  reference: Reference;
  tombstones?: Tombstones;
}
