import { describe, expect, it } from 'vitest';
import { plainError } from './plainError';
import { relativeTime } from './time';

describe('relativeTime', () => {
  const now = Date.parse('2026-05-20T12:00:00Z');
  it('says how long ago or how soon', () => {
    expect(relativeTime('2026-05-20T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-05-20T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-05-20T11:00:00Z', now)).toBe('1 hour ago');
    expect(relativeTime('2026-05-18T09:00:00Z', now)).toBe('2 days ago');
    expect(relativeTime('2026-05-21T00:00:00Z', now)).toBe('in 12 hours');
  });
  it('gives null for missing or unreadable dates', () => {
    expect(relativeTime(null, now)).toBeNull();
    expect(relativeTime('yesterday-ish', now)).toBeNull();
  });
});

describe('plainError', () => {
  it('puts network and HTTP failures in plain words', () => {
    expect(plainError('HTTP 404 Not Found')).toMatch(/not found.*404/i);
    expect(plainError('fetch failed: HTTP 503')).toMatch(/server had a problem.*503/);
    expect(plainError('TypeError: Failed to fetch')).toMatch(/could not be reached/);
    expect(plainError('The operation was aborted due to timeout')).toMatch(/too long/);
    // The sync's own wording (lib/sync/http.ts).
    expect(plainError('server answered HTTP 503 Service Unavailable')).toMatch(/server had a problem \(HTTP 503\)/);
    expect(plainError('no complete answer within 30000 ms (timed out)')).toMatch(/too long/);
    expect(plainError('network error: Failed to fetch (is the host reachable?)')).toMatch(/could not be reached/);
    expect(plainError('feed is larger than the 33554432-byte limit (9e9 bytes declared)')).toMatch(/too large/);
  });
  it('tells a full disk and an interrupted sync in plain words, cache unchanged', () => {
    const full =
      /^Your browser has no room left for the deal cache; .* Your deals are as they were before this sync\.$/;
    expect(plainError('QuotaExceededError: The quota has been exceeded.')).toMatch(full);
    expect(plainError('Encountered full disk while opening backing store for indexedDB.open. (quota)')).toMatch(full);
    const interrupted = 'The last sync was interrupted; your deals are as they were before it.';
    for (const e of [
      'AbortError: Transaction aborted',
      'DatabaseClosedError: Database has been closed',
      'TransactionInactiveError: Transaction has already completed or failed',
      'network error: The user aborted a request.',
      'network error: signal is aborted without reason',
    ])
      expect(plainError(e), e).toBe(interrupted);
    // A feed's own timeout is still a slow server, not an interruption.
    expect(plainError('no complete answer within 30000 ms (timed out)')).toMatch(/too long/);
  });
  it('tells a request the stopped background never answered in words', () => {
    for (const e of [
      'A listener indicated an asynchronous response by returning true, ' +
        'but the message channel closed before a response was received',
      'Could not establish connection. Receiving end does not exist.',
    ])
      expect(plainError(e), e).toMatch(/^DealLens's background stopped before it answered .*nothing was changed/);
  });
  it('keeps validation messages that name a field as they are', () => {
    const msg = '$.deals[2].value.amount: expected number';
    expect(plainError(msg)).toBe(msg);
    expect(plainError(null)).toBeNull();
  });
});
