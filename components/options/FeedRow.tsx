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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Imported files are kept as a feed named "file:NAME" by the background. */
function feedName(feed: FeedStatus): string {
  if (feed.kind === 'bundled') return 'Bundled deal list (ships with DealLens)';
  if (feed.url.startsWith('file:')) return `Imported file (${feed.url.slice(5)})`;
  return feed.url;
}

function when(iso: string | null, now: number): string {
  if (!iso) return 'never';
  return `${relativeTime(iso, now)} (${new Date(iso).toLocaleString()})`;
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
          <Toggle checked={feed.enabled} disabled={disabled} onChange={onEnabled} description={`Use ${name}`}>
            Enabled
          </Toggle>
          {feed.kind === 'user' && (
            <button
              type="button"
              class="danger"
              disabled={disabled}
              onClick={onRemove}
              aria-label={`Remove feed ${feed.url}`}
            >
              Remove
            </button>
          )}
        </div>
      </div>
      <dl class="feed-facts">
        <dt>Records</dt>
        <dd>
          {plural(feed.counts.deals, 'deal')}, {plural(feed.counts.companies, 'company', 'companies')}
        </dd>
        <dt>Last success</dt>
        <dd>{syncing && feed.enabled ? 'syncing…' : when(feed.lastSuccess, now)}</dd>
        {feed.lastError && (
          <>
            <dt>Last error</dt>
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
