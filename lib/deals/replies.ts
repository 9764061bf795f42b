// What the background's deal cache answers: the reply types of lib/requests.ts's requests, kept
// where they are produced. lib/messages.ts re-exports them for the pages and content script.
import type { Company, Deal, Reference } from '../feed/types';

/** A figure from the page that may match a cached deal. `usd` is the one-time USD amount,
 *  `usdPerYear` the annualized one for rates. */
export interface FigureQuery {
  /** Index of the mention on the page, echoed back. */
  index: number;
  usd?: number;
  usdPerYear?: number;
  /** Total over the term when the page gives one. */
  usdTotal?: number;
  gpuCount?: number;
  watts?: number;
}

export interface DealMatch {
  deal: Deal;
  /** Higher is more relevant: both parties on the page first, then a figure match, then recency. */
  score: number;
  /** Page companies (canonical) that are parties to this deal. */
  partiesOnPage: string[];
  /** Indexes of page figures whose value matches this deal's figures within rounding. */
  figureIndexes: number[];
}

export interface CompanySummary {
  company: Company;
  dealCount: number;
  /** Sum of disclosed deal values in USD (one-off amounts, annualized rates times term or one year). */
  disclosedUsd: number;
  topCounterparties: { name: string; deals: number }[];
  latestDealIds: string[];
}

type StandingBasis = 'annual' | 'oneOff' | 'total';

export interface FigureStanding {
  index: number;
  /** 1-based rank among the reader's deals of comparable value, counting the figure itself. */
  rank: number;
  /** How many values it is ranked among, the figure included. */
  of: number;
  /** Which values: the deals' yearly values (rates), one-off sums, or stated totals. The tooltip
   *  words it in the reader's language, so no English crosses the message. */
  basis: StandingBasis;
  /** True when the figure is one of those deals (equal within rounding); false when it is ranked as
   *  one more ("would be the 3rd largest if added"). */
  listed: boolean;
}

export interface LookupResult {
  deals: DealMatch[];
  companies: Record<string, CompanySummary>;
  standings: FigureStanding[];
  reference: Reference;
  /** The deals the reader saved (My deals) that a page company is party to. */
  mine?: Deal[];
}

export interface FeedStatus {
  url: string;
  /** 'bundled' for the default feed shipped with the extension. */
  kind: 'bundled' | 'user';
  enabled: boolean;
  lastAttempt: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
  counts: { companies: number; deals: number };
}

export interface SyncStatus {
  seeded: boolean;
  syncing: boolean;
  nextSync: string | null;
  feeds: FeedStatus[];
  totals: { companies: number; deals: number };
}

/** A deal with the USD figures the cache derived for it (lib/deals/derive.ts), for the explorer. */
export interface ExploreDeal {
  deal: Deal;
  annualUsd: number | null;
  oneOffUsd: number | null;
  totalUsd: number | null;
  disclosedUsd: number | null;
  /** A deal the reader saved (My deals), not a feed's. */
  mine?: boolean;
}

/** A deal matched on a page of `host` on `date` (YYYY-MM-DD): the reading trail, when on. */
export interface TrailEntry {
  dealId: string;
  host: string;
  date: string;
}

export interface ExploreData {
  /** The cache generation: changes whenever the deals do (keys the explorer's layout cache). */
  generation: number;
  deals: ExploreDeal[];
  companies: Company[];
  /** The reading trail, newest first (empty when it was never on, or was cleared). */
  trail: TrailEntry[];
}
