// Sync and message errors arrive as terse technical strings ("HTTP 404", "Failed to fetch",
// "Could not establish connection"). Readers get a sentence that says what happened and what to do.
import { t, type MessageKey } from '../../lib/i18n';

const RULES: [RegExp, MessageKey][] = [
  // IndexedDB out of space: the write was one transaction, so nothing of it was kept.
  [/QuotaExceeded|quota/i, 'errQuota'],
  // The worker stopped or the database closed mid-write (a feed's own timeout says "timed out").
  [/AbortError|TransactionInactiveError|DatabaseClosedError|interrupted/i, 'errInterrupted'],
  [/transaction (?:was )?aborted|user aborted|aborted without reason/i, 'errInterrupted'],
  // The extension's own background went away mid-request (a worker stop): the request had no effect.
  [/message channel (?:is )?closed|receiving end does not exist|could not establish connection/i, 'errWorkerStopped'],
  [/\b(?:HTTP|status)\s*(404|410)\b/i, 'errNotFound'],
  [/\b(?:HTTP|status)\s*(401|403)\b/i, 'errRefused'],
  [/\b(?:HTTP|status)\s*(5\d\d)\b/i, 'errServer'],
  [/\b(?:HTTP|status)\s*(4\d\d)\b/i, 'errRejected'],
  [/time(?:d)?\s*out|timeout|aborted/i, 'errTimeout'],
  [/failed to fetch|networkerror|network error|offline|ERR_(?:INTERNET|NAME|CONNECTION)/i, 'errUnreachable'],
  [/permission (?:denied|missing)|no (?:host )?permission|not permitted/i, 'errPermission'],
  [/Unexpected token|Unexpected end of JSON|is not valid JSON|JSON\.parse/i, 'errJson'],
  [/too large|oversized|larger than the/i, 'errTooLarge'],
];

/** A reader-facing sentence for an error string; unknown errors are shown as they are. */
export function plainError(error: string | null | undefined): string | null {
  if (!error) return null;
  for (const [pattern, words] of RULES) {
    const m = error.match(pattern);
    // "$1" in a sentence is the status code the pattern captured.
    if (m) return t(words, m[1] ?? '');
  }
  return error;
}
