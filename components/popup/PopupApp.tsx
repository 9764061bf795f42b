import { useMemo, useRef, useState } from 'preact/hooks';
import * as settings from '../../lib/settings';
import { Legend } from '../ui/Legend';
import { Section } from '../ui/Section';
import { siteIsOn, switchSite } from '../ui/sites';
import { useStorageItem } from '../ui/useStorageItem';
import { CompanyList } from './CompanyList';
import { DealList } from './DealList';
import { ReportList } from './ReportList';
import { EmptyState } from './EmptyState';
import { FigureGroups } from './FigureGroups';
import { SiteControls } from './SiteControls';
import { SyncSummary } from './SyncSummary';
import { nextIndex, summarize, type CompanyItem, type DealItem, type ReportItem } from './summarize';
import { usePopupData, type PopupHost } from './usePopupData';
import { chooseView, webHost } from './view';
import { plural, t } from '../../lib/i18n';

/** The toolbar popup: the current tab at a glance, the site and pause switches, the deal list's sync. */
export function PopupApp({ host }: { host: PopupHost }) {
  const data = usePopupData(host);
  const [display] = useStorageItem(settings.display);
  const [paused, setPaused] = useStorageItem(settings.paused);
  const [mode] = useStorageItem(settings.siteMode);
  const [disabled, setDisabled] = useStorageItem(settings.disabledSites);
  const [enabled, setEnabled] = useStorageItem(settings.enabledSites);
  const lastRevealed = useRef(new Map<string, number>());
  const [allDeals, setAllDeals] = useState(false);

  const hostname = webHost(data.summary?.url ?? data.tab?.url);
  const lists = { mode: mode ?? 'all', disabled: disabled ?? [], enabled: enabled ?? [] };
  const siteOn = hostname !== null && siteIsOn(hostname, lists);
  const view = chooseView({ summary: data.summary, tabError: data.tabError, paused, mode, host: hostname });
  const shown = useMemo(
    () =>
      summarize(data.summary?.mentions ?? [], data.summary?.lookup ?? null, display ?? settings.DEFAULT_DISPLAY, {
        readings: data.summary?.readings ?? [],
        mentionIds: data.summary?.mentionIds ?? [],
        url: data.summary?.url,
      }),
    [data.summary, display],
  );

  // The content script reacts to the storage change itself; ask it again once it has.
  const afterSwitch = () => setTimeout(data.refreshSummary, 400);
  const onSiteChange = async (on: boolean) => {
    if (!hostname) return;
    const next = switchSite(hostname, on, lists);
    await Promise.all([setDisabled(next.disabled), setEnabled(next.enabled)]);
    afterSwitch();
  };
  const onPauseChange = async (p: boolean) => {
    await setPaused(p);
    afterSwitch();
  };
  const revealNext = (key: string, indexes: number[]) => {
    const index = nextIndex(indexes, lastRevealed.current.get(key));
    if (index === undefined) return;
    lastRevealed.current.set(key, index);
    data.reveal(index);
  };
  const revealDeal = (d: DealItem) => revealNext(`deal:${d.deal.id}`, d.indexes);
  const revealReport = (r: ReportItem) => revealNext(`reading:${r.id}`, r.indexes);
  // The deals the article reports come first (their cached matches in their cards); the companies'
  // other deals wait behind a button.
  const related = shown.deals.filter((d) => !d.onPage);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>DealLens</h1>
        {view.kind === 'summary' && (
          <p class="counts" aria-live="polite">
            {plural('popupFigures', shown.counts.figures)} · {plural('popupCompanies', shown.counts.companies)}
          </p>
        )}
      </header>
      {/* Figures the extractor would not guess at (an unclear number format): said, not hidden. */}
      {!!data.summary?.unclear && (
        <p class="unclear muted" role="status">
          {plural('popupUnclear', data.summary.unclear)}
        </p>
      )}
      <SiteControls
        host={hostname}
        mode={mode}
        siteOn={siteOn}
        paused={!!paused}
        onSiteChange={onSiteChange}
        onPauseChange={onPauseChange}
      />
      {/* The sync block sits under the switches, before the page's lists: "Sync now" is then a few
          Tab presses away however many figures the page has (test/e2e/explore-keyboard.e2e.ts). */}
      <SyncSummary
        sync={data.sync}
        error={data.syncError}
        syncing={data.syncing}
        onSyncNow={data.syncNow}
        onOpenOptions={host.openOptions}
      />
      {data.sync && !data.sync.seeded && (
        <p class="banner warn" role="status">
          {t('popupSeeding')}
        </p>
      )}
      {view.kind === 'summary' ? (
        <div class="popup-body">
          <Section title={t('popupReportsTitle')} aside={<span class="muted">{shown.reports.length}</span>}>
            {shown.reports.length > 0 ? (
              <ReportList
                reports={shown.reports}
                numbers={display?.numbers ?? 'compact'}
                onReveal={revealReport}
                onSave={data.saveReading}
              />
            ) : (
              <p class="muted">{t('popupNoReading')}</p>
            )}
          </Section>
          {shown.counts.figures > 0 && (
            <Section title={t('popupFiguresTitle')}>
              <FigureGroups figures={shown.figures} onReveal={(f) => revealNext(`figure:${f.index}`, f.indexes)} />
            </Section>
          )}
          {shown.companies.length > 0 && (
            <Section title={t('popupCompaniesTitle')}>
              <CompanyList
                companies={shown.companies}
                onReveal={(c: CompanyItem) => revealNext(`company:${c.name}`, c.indexes)}
              />
              {related.length > 0 &&
                (allDeals ? (
                  <DealList deals={related} numbers={display?.numbers ?? 'compact'} onReveal={revealDeal} />
                ) : (
                  <button type="button" class="link more" onClick={() => setAllDeals(true)}>
                    {plural('popupOtherDeals', related.length)}
                  </button>
                ))}
            </Section>
          )}
        </div>
      ) : (
        <EmptyState view={view} />
      )}
      <footer class="popup-legend">
        <Legend small />
      </footer>
    </main>
  );
}
