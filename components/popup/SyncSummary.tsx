import type { SyncStatus } from '../../lib/messages';
import { plainError } from '../ui/plainError';
import { relativeTime } from '../ui/time';
import { plural, t } from '../../lib/i18n';

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
  const name = failing[0] && (failing[0].kind === 'bundled' ? t('bundledFeed') : feedHost(failing[0].url));
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
    <footer class="sync-summary" aria-label={t('syncDealList')}>
      <div class="sync-text">
        {sync ? (
          <p>
            {plural('syncTotals', enabledFeeds, sync.totals.deals, sync.totals.companies)}
            <span class="muted">
              {' '}
              · {busy ? t('syncSyncing') : success ? t('syncUpdated', relativeTime(success, now)!) : t('syncNever')}
            </span>
          </p>
        ) : (
          <p class="muted">{error ? t('syncUnavailable') : t('syncReading')}</p>
        )}
        {(error || feedError) && (
          <p class="error" role="alert">
            {plainError(error ?? feedError)}
          </p>
        )}
      </div>
      <div class="sync-actions">
        <button type="button" onClick={onSyncNow} disabled={busy}>
          {busy ? t('syncBusy') : t('syncNow')}
        </button>
        <a href="/explore.html" target="_blank" rel="noopener">
          {t('exploreDeals')}
        </a>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('openOptions')}
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
