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

const SCHEDULES: [number, string][] = [
  [1, 'every hour'],
  [6, 'every 6 hours'],
  [12, 'every 12 hours'],
  [24, 'once a day'],
  [168, 'once a week'],
];

interface FeedsSectionProps {
  sync: SyncControls;
  requestPermission: (pattern: string) => Promise<boolean>;
}

/** Feeds: the bundled one and the reader's, sync now with progress, and the schedule. */
export function FeedsSection({ sync, requestPermission }: FeedsSectionProps) {
  const [every, setEvery] = useStorageItem(settings.syncEveryHours);
  const { status, busy } = sync;
  const syncing = busy === 'sync' || !!status?.syncing;
  const schedules =
    every !== undefined && !SCHEDULES.some(([h]) => h === every)
      ? [...SCHEDULES, [every, `every ${every} hours`] as [number, string]]
      : SCHEDULES;

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
    <Section title="Feeds" id="feeds">
      <p class="muted">
        Deals come from feeds: JSON files in the DealLens feed format, fetched only from the addresses below.
      </p>
      {status ? (
        <ul class="feed-list" aria-label="Feeds">
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
        <p class="muted">{sync.error ? '' : 'Reading feeds…'}</p>
      )}
      <AddFeedForm requestPermission={requestPermission} addFeed={addFeed} disabled={busy !== null} />
      <div class="sync-row">
        <button type="button" class="primary" onClick={() => void sync.syncNow()} disabled={syncing}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        {syncing && <progress aria-label="Sync progress" />}
        <StatusLine
          tone={sync.error ? 'error' : 'muted'}
          text={
            sync.error
              ? plainError(sync.error)
              : status
                ? `${status.totals.deals} deals and ${status.totals.companies} companies cached${
                    status.nextSync ? `; next sync ${relativeTime(status.nextSync, Date.now())}` : ''
                  }.`
                : null
          }
        />
      </div>
      <div class="field">
        <label for="sync-every">Sync automatically</label>
        <select
          id="sync-every"
          value={String(every ?? 24)}
          onChange={(e) => void setEvery(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {schedules.map(([h, words]) => (
            <option key={h} value={String(h)}>
              {words}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
