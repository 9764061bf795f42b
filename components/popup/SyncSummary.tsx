import type { SyncStatus } from '../../lib/messages';
import { plainError } from '../ui/plainError';
import { relativeTime } from '../ui/time';
import { plural, t } from '../../lib/i18n';
import { latestSync } from './sync-line';

interface SyncSummaryProps {
  sync: SyncStatus | null;
  error: string | null;
  syncing: boolean;
  onSyncNow: () => void;
  onOpenOptions: () => void;
}

/** One compact block: how many deals from how many feeds, when last updated, the last error, and
 *  the button to sync now. */
export function SyncSummary({ sync, error, syncing, onSyncNow, onOpenOptions }: SyncSummaryProps) {
  const now = Date.now();
  const busy = syncing || !!sync?.syncing;
  const { success, error: feedError } = sync ? latestSync(sync) : { success: null, error: null };
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
