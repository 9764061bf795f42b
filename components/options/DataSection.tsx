import { plural, t } from '../../lib/i18n';
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
    <Section title={t('optData')} id="data">
      <h3>{t('optStoredHere')}</h3>
      <ul class="bullets">
        <li>
          {sync.status
            ? t(
                'optStoredCacheCounts',
                plural('countDeals', sync.status.totals.deals),
                plural('popupCompanies', sync.status.totals.companies),
              )
            : t('optStoredCache')}
        </li>
        <li>{t('optStoredFeeds')}</li>
        <li>{t('optStoredSettings')}</li>
        <li>{t('optStoredTrail')}</li>
      </ul>
      <h3>{t('optLeaves')}</h3>
      <p>{t('optLeavesText')}</p>
      <ReadingTrail />
      <div class="reset">
        {confirming ? (
          <div class="inline" role="group" aria-label={t('optConfirmReset')}>
            <span>{t('optResetQuestion')}</span>
            <button type="button" class="danger" onClick={() => void reseed()}>
              {t('optResetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('optCancel')}
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
            {reseeding ? t('optReseeding') : t('optReset')}
          </button>
        )}
        {done && !reseeding && !sync.error && (
          <p class="ok" role="status">
            {t('optResetDone')}
          </p>
        )}
      </div>
    </Section>
  );
}
