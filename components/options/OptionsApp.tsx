import { DataSection } from './DataSection';
import { DisplaySection } from './DisplaySection';
import { FeedsSection } from './FeedsSection';
import { ImportExportSection } from './ImportExportSection';
import { MyDealsSection } from './MyDealsSection';
import { SitesSection } from './SitesSection';
import { useSyncStatus } from './useSyncStatus';
import { t, type MessageKey } from '../../lib/i18n';

export interface OptionsHost {
  /** browser.permissions.request for one origin pattern; wired in entrypoints/options. */
  requestPermission(pattern: string): Promise<boolean>;
}

const NAV: [string, MessageKey][] = [
  ['feeds', 'optFeeds'],
  ['my-deals', 'myDealsTitle'],
  ['import-export', 'optImportExport'],
  ['sites', 'optSites'],
  ['display', 'optDisplay'],
  ['data', 'optData'],
];

/** The options page: feeds and sync, My deals, import/export, sites, display, data. */
export function OptionsApp({ host }: { host: OptionsHost }) {
  const sync = useSyncStatus();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optNavSections')}>
          {NAV.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {t(label)}
            </a>
          ))}
          <a href="/explore.html" target="_blank" rel="noopener">
            {t('exploreDeals')}
          </a>
        </nav>
      </header>
      <main>
        {sync.status && !sync.status.seeded && (
          <p class="banner warn" role="status">
            {t('optSeeding')}
          </p>
        )}
        <FeedsSection sync={sync} requestPermission={host.requestPermission} />
        <MyDealsSection />
        <ImportExportSection sync={sync} />
        <SitesSection />
        <DisplaySection />
        <DataSection sync={sync} />
      </main>
    </div>
  );
}
