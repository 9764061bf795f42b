import { useState } from 'preact/hooks';
import { Section } from '../ui/Section';
import { ReadingTrail } from './ReadingTrail';
import type { SyncControls } from './useSyncStatus';

/** What DealLens keeps and sends, and the reset: clear the cache and reseed from the bundled feed. */
export function DataSection({ sync }: { sync: SyncControls }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const reseeding = sync.busy === 'reseed';
  const reseed = async () => {
    setConfirming(false);
    await sync.reseed();
    setDone(true);
  };
  return (
    <Section title="Data" id="data">
      <h3>Stored in this browser</h3>
      <ul class="bullets">
        <li>
          The deal cache: companies, deals and reference tables from your feeds
          {sync.status ? ` (${sync.status.totals.deals} deals, ${sync.status.totals.companies} companies)` : ''}.
        </li>
        <li>Each feed’s address, last sync times, last error and cache validators (ETag, Last-Modified).</li>
        <li>Your settings on this page and the site switches.</li>
        <li>
          The reading trail, only while it is on (off unless you switch it on below): for each deal found on a page you
          read, the site’s name and the date, never the page address or its text. “Clear cache and reseed” keeps it;
          “Clear reading trail” deletes it.
        </li>
      </ul>
      <h3>What leaves the browser</h3>
      <p>
        Only feed requests: DealLens fetches the feed addresses listed above, and nothing else. The pages you read, the
        figures found on them and your settings are never sent anywhere.
      </p>
      <ReadingTrail />
      <div class="reset">
        {confirming ? (
          <div class="inline" role="group" aria-label="Confirm reset">
            <span>Delete all cached deals and reload the bundled feed?</span>
            <button type="button" class="danger" onClick={() => void reseed()}>
              Clear and reseed
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="danger"
            disabled={reseeding}
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {reseeding ? 'Reseeding…' : 'Clear cache and reseed'}
          </button>
        )}
        {done && !reseeding && !sync.error && (
          <p class="ok" role="status">
            Cache cleared and reseeded from the bundled feed.
          </p>
        )}
      </div>
    </Section>
  );
}
