// Sync and message errors arrive as terse technical strings ("HTTP 404", "Failed to fetch",
// "Could not establish connection"). Readers get a sentence that says what happened and what to do.

const RULES: [RegExp, string][] = [
  // IndexedDB out of space: the write was one transaction, so nothing of it was kept.
  [
    /QuotaExceeded|quota/i,
    'Your browser has no room left for the deal cache; free some disk space, then sync again. Your deals are as they were before this sync.',
  ],
  // The worker stopped or the database closed mid-write (a feed's own timeout says "timed out").
  [
    /AbortError|TransactionInactiveError|DatabaseClosedError|interrupted|transaction (?:was )?aborted|user aborted|aborted without reason/i,
    'The last sync was interrupted; your deals are as they were before it.',
  ],
  [/\b(?:HTTP|status)\s*(404|410)\b/i, 'The feed was not found at that address (HTTP $1).'],
  [/\b(?:HTTP|status)\s*(401|403)\b/i, 'The feed server refused access (HTTP $1).'],
  [/\b(?:HTTP|status)\s*(5\d\d)\b/i, 'The feed server had a problem (HTTP $1); DealLens will try again later.'],
  [/\b(?:HTTP|status)\s*(4\d\d)\b/i, 'The feed server rejected the request (HTTP $1).'],
  [/time(?:d)?\s*out|timeout|aborted/i, 'The feed server took too long to answer; DealLens will try again later.'],
  [
    /failed to fetch|networkerror|network error|offline|ERR_(?:INTERNET|NAME|CONNECTION)/i,
    'The feed could not be reached (offline, or the server is down); the cached deals are still used.',
  ],
  [
    /permission (?:denied|missing)|no (?:host )?permission|not permitted/i,
    'DealLens does not have permission to read that site; add the feed again to grant it.',
  ],
  [
    /Unexpected token|Unexpected end of JSON|is not valid JSON|JSON\.parse/i,
    'The feed is not valid JSON (it may be cut short).',
  ],
  [/too large|oversized|larger than the/i, 'The feed file is too large to accept.'],
];

/** A reader-facing sentence for an error string; unknown errors are shown as they are. */
export function plainError(error: string | null | undefined): string | null {
  if (!error) return null;
  for (const [pattern, words] of RULES) {
    const m = error.match(pattern);
    // "$1" in a sentence is the status code the pattern captured.
    if (m) return words.replace('$1', m[1] ?? '');
  }
  return error;
}
