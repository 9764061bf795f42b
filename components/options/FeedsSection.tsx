import { plural, t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import * as settings from '../../lib/settings';
import { Section } from '../ui/Section';
import { StatusLine } from '../ui/StatusLine';
import { plainError } from '../ui/plainError';
import { relativeTime } from '../ui/time';
import { useStorageItem } from '../ui/useStorageItem';
import { AddFeedForm } from './AddFeedForm';
import { FeedRow } from './FeedRow';
import type { SyncControls } from './useSyncStatus';

/** Sync intervals in hours; in words by scheduleWords. */
const SCHEDULES = [1, 6, 12, 24, 168];

const scheduleWords = (hours: number): string =>
  hours === 24 ? t('optOnceDay') : hours === 168 ? t('optOnceWeek') : plural('optEveryHours', hours);

interface FeedsSectionProps {
  sync: SyncControls;
  requestPermission: (pattern: string) => Promise<boolean>;
}

/** Feeds: the bundled one and the reader's, sync now with progress, and the schedule. */
export function FeedsSection({ sync, requestPermission }: FeedsSectionProps) {
  const [every, setEvery] = useStorageItem(settings.syncEveryHours);
  const { status, busy } = sync;
  const syncing = busy === 'sync' || !!status?.syncing;
  const schedules = every !== undefined && !SCHEDULES.includes(every) ? [...SCHEDULES, every] : SCHEDULES;

  // A feed whose first sync fails is not kept: the reader sees why, never "Feed added".
  const addFeed = async (url: string): Promise<string | null> => {
    const error = await sync.addFeed(url);
    if (error) return error;
    const added = (await sendToBackground({ type: 'sync-status' })).feeds.find((f) => f.url === url);
    if (!added?.lastError) return null;
    await sync.removeFeed(url);
    return plainError(added.lastError);
  };

  return (
    <Section title={t('optFeeds')} id="feeds">
      <p class="muted">{t('optFeedsIntro')}</p>
      {status ? (
        <ul class="feed-list" aria-label={t('optFeeds')}>
          {status.feeds.map((f) => (
            <FeedRow
              key={f.url}
              feed={f}
              syncing={syncing}
              disabled={busy !== null}
              onEnabled={(on) => void sync.setFeedEnabled(f.url, on)}
              onRemove={() => void sync.removeFeed(f.url)}
            />
          ))}
        </ul>
      ) : (
        <p class="muted">{sync.error ? '' : t('optReadingFeeds')}</p>
      )}
      <AddFeedForm requestPermission={requestPermission} addFeed={addFeed} disabled={busy !== null} />
      <div class="sync-row">
        <button type="button" class="primary" onClick={() => void sync.syncNow()} disabled={syncing}>
          {syncing ? t('syncBusy') : t('syncNow')}
        </button>
        {syncing && <progress aria-label={t('optSyncProgress')} />}
        <StatusLine
          tone={sync.error ? 'error' : 'muted'}
          text={
            sync.error
              ? plainError(sync.error)
              : status
                ? t(
                    'optCachedTotals',
                    plural('countDeals', status.totals.deals),
                    plural('popupCompanies', status.totals.companies),
                    status.nextSync ? t('optNextSync', relativeTime(status.nextSync, Date.now()) ?? '') : '',
                  )
                : null
          }
        />
      </div>
      <div class="field">
        <label for="sync-every">{t('optSyncEvery')}</label>
        <select
          id="sync-every"
          value={String(every ?? 24)}
          onChange={(e) => void setEvery(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {schedules.map((h) => (
            <option key={h} value={String(h)}>
              {scheduleWords(h)}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
