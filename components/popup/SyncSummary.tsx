import type { SyncStatus } from '../../lib/messages';
import { plainError } from '../ui/plainError';
import { relativeTime } from '../ui/time';

interface SyncSummaryProps {
  sync: SyncStatus | null;
  error: string | null;
  syncing: boolean;
  onSyncNow: () => void;
  onOpenOptions: () => void;
}

/** The newest success and error over all feeds (ISO dates sort as text). */
function latest(sync: SyncStatus): { success: string | null; error: string | null } {
  const success =
    sync.feeds
      .map((f) => f.lastSuccess)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const failing = sync.feeds.filter((f) => f.enabled && f.lastError);
  // The error names its feed: the reader may have several.
  const name = failing[0] && (failing[0].kind === 'bundled' ? 'Bundled feed' : feedHost(failing[0].url));
  return { success, error: failing[0]?.lastError ? `${name}: ${failing[0].lastError}` : null };
}

/** One compact block: how many deals from how many feeds, when last updated, the last error, and
 *  the button to sync now. */
export function SyncSummary({ sync, error, syncing, onSyncNow, onOpenOptions }: SyncSummaryProps) {
  const now = Date.now();
  const busy = syncing || !!sync?.syncing;
  const { success, error: feedError } = sync ? latest(sync) : { success: null, error: null };
  const enabledFeeds = sync?.feeds.filter((f) => f.enabled).length ?? 0;
  return (
    <footer class="sync-summary" aria-label="Deal list">
      <div class="sync-text">
        {sync ? (
          <p>
            {sync.totals.deals} deals, {sync.totals.companies} companies from {enabledFeeds} feed
            {enabledFeeds === 1 ? '' : 's'}
            <span class="muted">
              {' '}
              · {busy ? 'syncing…' : success ? `updated ${relativeTime(success, now)}` : 'never synced'}
            </span>
          </p>
        ) : (
          <p class="muted">{error ? 'Deal list unavailable.' : 'Reading the deal list…'}</p>
        )}
        {(error || feedError) && (
          <p class="error" role="alert">
            {plainError(error ?? feedError)}
          </p>
        )}
      </div>
      <div class="sync-actions">
        <button type="button" onClick={onSyncNow} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <a href="/explore.html" target="_blank" rel="noopener">
          Explore deals
        </a>
        <button type="button" class="link" onClick={onOpenOptions}>
          Options
        </button>
      </div>
    </footer>
  );
}

function feedHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
