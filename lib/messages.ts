// The one message protocol. Content script, popup and options talk to the background with
// `sendToBackground`; the popup asks a tab's content script with `sendToTab`. Every request has a
// `type`; every reply is `{ ok: true, ...data } | { ok: false, error }`.
import { browser } from 'wxt/browser';
import type { Mention } from './extract/types';
import type { Deal } from './feed/types';
import type { LookupResult } from './deals/replies';
import type { DealReading } from './reading/types';
import type { ReplyOf, RequestName, RequestOf } from './requests';

export type {
  ExploreData,
  ExploreDeal,
  FeedStatus,
  FigureQuery,
  LookupResult,
  SyncStatus,
  TrailEntry,
} from './deals/replies';

export interface PageSummary {
  url: string;
  enabled: boolean;
  /** Why nothing is shown, when nothing is: 'disabled-site' | 'paused' | 'no-article'. */
  reason?: string;
  mentions: Mention[];
  /** Each mention's page-wide id (`2:money@120`, stable while the page keeps it): how the popup
   *  names a mention to the page, and how readings name theirs. */
  mentionIds: string[];
  /** The deals the article reports (lib/reading), with page-wide mention ids. */
  readings: DealReading[];
  lookup: LookupResult | null;
  /** Figures left unmarked because their number format was unclear (issue 12: never guess). */
  unclear?: number;
}

/** Requests handled by the background: declared once, with their replies, in lib/requests.ts. */
export type BackgroundRequest = { [K in RequestName]: RequestOf<K> }[RequestName];
export type BackgroundReplies = { [K in RequestName]: ReplyOf<K> };

/** Requests handled by a tab's content script. */
export type TabRequest =
  | { type: 'page-summary' }
  | { type: 'reveal'; id: string } // a mention's page-wide id (PageSummary.mentionIds)
  | { type: 'rescan' }
  | { type: 'step'; direction: 1 | -1 } // a keyboard command (next / previous mark), relayed by the background
  | { type: 'save-reading'; id: string }; // the popup's Save: the page saves its reading `id` to My deals

export interface TabReplies {
  'page-summary': PageSummary;
  reveal: { found: boolean };
  rescan: { count: number };
  step: { shown: boolean };
  'save-reading': { deal: Deal };
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
  handle: (req: Req, sender: unknown) => Promise<object>,
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
  handle: (req: Req, sender: unknown) => Promise<object>,
): void {
  onMessage.addListener(((msg: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => {
    if (!isRequest(msg)) return undefined;
    // A handler that throws at once still answers { ok: false } (the door's checks do).
    const reply = toReply(Promise.resolve().then(() => handle(msg, sender)));
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  }) as never);
}

const TAB_TYPES = new Set<string>(['page-summary', 'reveal', 'rescan', 'step', 'save-reading']);

export const isTabRequest = (m: unknown): m is TabRequest =>
  typeof m === 'object' && m !== null && TAB_TYPES.has((m as { type?: string }).type ?? '');
