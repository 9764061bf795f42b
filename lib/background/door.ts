// The background's door: every message is checked against its declaration (lib/requests.ts) and
// its sender before a handler sees it. A content script runs in a page's process and relays what
// the page holds, so it may send only what a page needs; everything else comes from extension pages.
import * as v from 'valibot';
import { listenOn, type BackgroundRequest } from '../messages';
import { REQUESTS, type RequestName, type Sender } from '../requests';

/** The part of runtime.MessageSender the door reads. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Who sent a message: an extension page (its URL is under the extension's own), a content script
 *  (a tab and a page URL), or no one we serve (null). `extensionUrl` is runtime.getURL('/'). */
export function senderKind(
  sender: MessageSender | undefined,
  extensionUrl: string,
  extensionId?: string,
): Sender | null {
  if (!sender || typeof sender.url !== 'string') return null;
  if (extensionId !== undefined && sender.id !== extensionId) return null;
  if (sender.url.startsWith(extensionUrl)) return 'extension';
  return sender.tab ? 'content' : null;
}

const isRequestName = (type: unknown): type is RequestName => typeof type === 'string' && Object.hasOwn(REQUESTS, type);

/** A message with the type of a background request (the rest is checked by admit). */
export const isBackgroundMessage = (m: unknown): m is { type: RequestName } =>
  typeof m === 'object' && m !== null && isRequestName((m as { type?: unknown }).type);

/** The request, if `sender` may send it and it matches its schema; else a readable error. */
export function admit(message: unknown, sender: Sender | null): BackgroundRequest {
  const type = (message as { type?: unknown } | null)?.type;
  if (!isRequestName(type)) throw new Error('Unknown request');
  const declared = REQUESTS[type];
  if (sender === null || (declared.from === 'extension' && sender !== 'extension'))
    throw new Error(`"${type}" may only be sent by the extension's own pages`);
  const parsed = v.safeParse(declared.schema, message);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`Bad "${type}" request: ${issue.message}`);
  }
  return parsed.output as BackgroundRequest;
}

/** Serves `handle` on an onMessage event behind the door. */
export function serveBackground(
  onMessage: { addListener(cb: never): void },
  handle: (req: BackgroundRequest) => Promise<object>,
  extensionUrl: string,
  extensionId?: string,
): void {
  listenOn(onMessage, isBackgroundMessage, async (msg, sender) =>
    handle(admit(msg, senderKind(sender as MessageSender | undefined, extensionUrl, extensionId))),
  );
}
