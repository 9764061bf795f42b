import { plural, t, uiLanguage } from '../../lib/i18n';
import type { FeedStatus } from '../../lib/messages';
import { plainError } from '../ui/plainError';
import { relativeTime } from '../ui/time';
import { Toggle } from '../ui/Toggle';

interface FeedRowProps {
  feed: FeedStatus;
  syncing: boolean;
  disabled: boolean;
  onEnabled: (enabled: boolean) => void;
  onRemove: () => void;
}

/** Imported files are kept as a feed named "file:NAME" by the background. */
function feedName(feed: FeedStatus): string {
  if (feed.kind === 'bundled') return t('optBundledFeedName');
  if (feed.url.startsWith('file:')) return t('optImportedFeedName', feed.url.slice(5));
  return feed.url;
}

function when(iso: string | null, now: number): string {
  if (!iso) return t('optNever');
  return `${relativeTime(iso, now)} (${new Date(iso).toLocaleString(uiLanguage())})`;
}

/** One feed: where it is, whether it is used, its counts, its last success and last error. */
export function FeedRow({ feed, syncing, disabled, onEnabled, onRemove }: FeedRowProps) {
  const now = Date.now();
  const name = feedName(feed);
  // A newer attempt than the last success that left an error means the last sync failed.
  const plain = plainError(feed.lastError);
  const failing = !!feed.lastError && (!feed.lastSuccess || (feed.lastAttempt ?? '') >= feed.lastSuccess);
  return (
    <li class="feed-row" data-feed-url={feed.url}>
      <div class="feed-head">
        <span class="feed-name" title={feed.url}>
          {name}
        </span>
        <div class="feed-actions">
          <Toggle checked={feed.enabled} disabled={disabled} onChange={onEnabled} description={t('optUseFeed', name)}>
            {t('optFeedEnabled')}
          </Toggle>
          {feed.kind === 'user' && (
            <button
              type="button"
              class="danger"
              disabled={disabled}
              onClick={onRemove}
              aria-label={t('optRemoveFeed', feed.url)}
            >
              {t('optRemove')}
            </button>
          )}
        </div>
      </div>
      <dl class="feed-facts">
        <dt>{t('optRecords')}</dt>
        <dd>
          {t(
            'optRecordCounts',
            plural('countDeals', feed.counts.deals),
            plural('popupCompanies', feed.counts.companies),
          )}
        </dd>
        <dt>{t('optLastSuccess')}</dt>
        <dd>{syncing && feed.enabled ? t('syncSyncing') : when(feed.lastSuccess, now)}</dd>
        {feed.lastError && (
          <>
            <dt>{t('optLastError')}</dt>
            <dd class={failing ? 'error' : 'muted'}>
              {plain}
              {/* The raw message too, when the plain words leave out its details. */}
              {!plain?.includes(feed.lastError) && <span class="muted"> ({feed.lastError})</span>}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
