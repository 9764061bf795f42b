import { DataSection } from './DataSection';
import { DisplaySection } from './DisplaySection';
import { FeedsSection } from './FeedsSection';
import { ImportExportSection } from './ImportExportSection';
import { SitesSection } from './SitesSection';
import { useSyncStatus } from './useSyncStatus';

export interface OptionsHost {
  /** browser.permissions.request for one origin pattern; wired in entrypoints/options. */
  requestPermission(pattern: string): Promise<boolean>;
}

const NAV: [string, string][] = [
  ['feeds', 'Feeds'],
  ['import-export', 'Import / export'],
  ['sites', 'Sites'],
  ['display', 'Display'],
  ['data', 'Data'],
];

/** The options page: feeds and sync, import/export, sites, display, data. */
export function OptionsApp({ host }: { host: OptionsHost }) {
  const sync = useSyncStatus();
  return (
    <div class="options">
      <header class="options-header">
        <h1>DealLens options</h1>
        <nav aria-label="Sections">
          {NAV.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
          <a href="/explore.html" target="_blank" rel="noopener">
            Explore deals
          </a>
        </nav>
      </header>
      <main>
        {sync.status && !sync.status.seeded && (
          <p class="banner warn" role="status">
            Loading the bundled deal list for the first time…
          </p>
        )}
        <FeedsSection sync={sync} requestPermission={host.requestPermission} />
        <ImportExportSection sync={sync} />
        <SitesSection />
        <DisplaySection />
        <DataSection sync={sync} />
      </main>
    </div>
  );
}
