// The one message protocol. Content script, popup and options talk to the background with
// `sendToBackground`; the popup asks a tab's content script with `sendToTab`. Every request has a
// `type`; every reply is `{ ok: true, ...data } | { ok: false, error }`.
import { browser } from 'wxt/browser';
import type { Mention } from './extract/types';
import type { Company, Deal, Reference } from './feed/types';

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

export interface FigureStanding {
  index: number;
  /** 1-based rank among cached deals of comparable value ("3rd largest compute deal by annual value"). */
  rank: number;
  of: number;
  /** What it is ranked among, in words: "compute deals by annual value". */
  among: string;
}

export interface LookupResult {
  deals: DealMatch[];
  companies: Record<string, CompanySummary>;
  standings: FigureStanding[];
  reference: Reference;
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

export interface PageSummary {
  url: string;
  enabled: boolean;
  /** Why nothing is shown, when nothing is: 'disabled-site' | 'paused' | 'no-article'. */
  reason?: string;
  mentions: Mention[];
  lookup: LookupResult | null;
}

/** A deal with the USD figures the cache derived for it (lib/deals/derive.ts), for the explorer. */
export interface ExploreDeal {
  deal: Deal;
  annualUsd: number | null;
  oneOffUsd: number | null;
  totalUsd: number | null;
  disclosedUsd: number | null;
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

/** Requests handled by the background. */
export type BackgroundRequest =
  | { type: 'lookup'; companies: string[]; figures: FigureQuery[] }
  | { type: 'companies' }
  | { type: 'sync-status' }
  | { type: 'sync-now' }
  | { type: 'import-feed'; text: string }
  | { type: 'export-feed' }
  | { type: 'add-feed'; url: string }
  | { type: 'remove-feed'; url: string }
  | { type: 'set-feed-enabled'; url: string; enabled: boolean }
  | { type: 'reseed' }
  | { type: 'explore-data' }
  /** Opens explore.html#company=… in a new tab (the tooltip lives in web pages, which cannot link
   *  to extension pages that are not web-accessible). */
  | { type: 'open-explorer'; company: string }
  /** The reading trail (sent by the content script after its lookup, only while the setting is
   *  on): deals matched on a page of `host` (hostname only, never the address). */
  | { type: 'record-trail'; dealIds: string[]; host: string }
  | { type: 'clear-trail' };

export interface BackgroundReplies {
  lookup: LookupResult;
  companies: { companies: Company[] };
  'sync-status': SyncStatus;
  'sync-now': SyncStatus;
  'import-feed': { deals: number; companies: number };
  'export-feed': { text: string };
  'add-feed': SyncStatus;
  'remove-feed': SyncStatus;
  'set-feed-enabled': SyncStatus;
  reseed: SyncStatus;
  'explore-data': ExploreData;
  'open-explorer': object;
  'record-trail': { recorded: number };
  'clear-trail': object;
}

/** Requests handled by a tab's content script. */
export type TabRequest =
  | { type: 'page-summary' }
  | { type: 'reveal'; index: number }
  | { type: 'rescan' }
  | { type: 'step'; direction: 1 | -1 }; // a keyboard command (next / previous mark), relayed by the background

export interface TabReplies {
  'page-summary': PageSummary;
  reveal: { found: boolean };
  rescan: { count: number };
  step: { shown: boolean };
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

type BgReply<R extends BackgroundRequest> = BackgroundReplies[R['type']];
type TabReply<R extends TabRequest> = TabReplies[R['type']];

export class MessageError extends Error {}

function unwrap<T>(reply: Reply<T> | undefined, what: string): T {
  if (!reply) throw new MessageError(`No answer to "${what}"`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply;
}

export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BgReply<R>> {
  return sendToBackgroundVia((m) => browser.runtime.sendMessage(m), request);
}

/** sendToBackground over a given runtime.sendMessage: the content script's loader passes the
 *  browser's own (lib/content/native.ts), so every page does not load the polyfill. */
export async function sendToBackgroundVia<R extends BackgroundRequest>(
  sendMessage: (m: R) => Promise<unknown>,
  request: R,
): Promise<BgReply<R>> {
  const reply = (await sendMessage(request)) as Reply<BgReply<R>> | undefined;
  return unwrap(reply, request.type);
}

export async function sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<TabReply<R>> {
  const reply = (await browser.tabs.sendMessage(tabId, request)) as Reply<TabReply<R>> | undefined;
  return unwrap(reply, request.type);
}

/** Wires a pure handler to runtime.onMessage. Works with real browsers and both versions of WXT's
 *  fake browser (one uses the returned promise, the other `sendResponse`; see TOOLCHAIN.md). */
export function listen<Req extends { type: string }>(
  isRequest: (msg: unknown) => msg is Req,
  handle: (req: Req) => Promise<object>,
): void {
  listenOn(browser.runtime.onMessage, isRequest, handle);
}

/** The wire form of a handler's outcome: `{ ok: true, ...data }` or `{ ok: false, error }`. */
export function toReply(handling: Promise<object>): Promise<Reply<object>> {
  return handling.then(
    (data) => ({ ok: true as const, ...data }),
    (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
  );
}

/** listen() on a given onMessage event: the content script's loader passes the browser's own
 *  (lib/content/native.ts), so every page does not load the polyfill. */
export function listenOn<Req extends { type: string }>(
  onMessage: { addListener(cb: never): void },
  isRequest: (msg: unknown) => msg is Req,
  handle: (req: Req) => Promise<object>,
): void {
  onMessage.addListener(((msg: unknown, _sender: unknown, sendResponse?: (r: unknown) => void) => {
    if (!isRequest(msg)) return undefined;
    const reply = toReply(handle(msg));
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  }) as never);
}

const BACKGROUND_TYPES = new Set<string>([
  'lookup',
  'companies',
  'sync-status',
  'sync-now',
  'import-feed',
  'export-feed',
  'add-feed',
  'remove-feed',
  'set-feed-enabled',
  'reseed',
  'explore-data',
  'open-explorer',
  'record-trail',
  'clear-trail',
]);
const TAB_TYPES = new Set<string>(['page-summary', 'reveal', 'rescan', 'step']);

export const isBackgroundRequest = (m: unknown): m is BackgroundRequest =>
  typeof m === 'object' && m !== null && BACKGROUND_TYPES.has((m as { type?: string }).type ?? '');
export const isTabRequest = (m: unknown): m is TabRequest =>
  typeof m === 'object' && m !== null && TAB_TYPES.has((m as { type?: string }).type ?? '');
