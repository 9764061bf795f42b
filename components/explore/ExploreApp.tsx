import { plural, t } from '../../lib/i18n';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DealCard } from '../DealCard';
import { dealsCsv } from './csv';
import { downloadText } from '../ui/download';
import { EMPTY_FILTER, filterRows, partyNames, type DealFilter } from './filter';
import { FilterBar } from './FilterBar';
import { buildGraph } from './graph';
import { cachedLayout } from './layout';
import { NetworkView } from './NetworkView';
import { markCommitted, markFilterStart, recordFilter } from './perf';
import { seenText, type DealRow } from './rows';
import { TableView } from './TableView';
import { TimelineView } from './TimelineView';
import { useExploreData } from './useExploreData';
import { useHashLocation } from './useHashLocation';
import { ViewTabs } from './ViewTabs';
import { MineBadge, MyDealsLegend } from './MyDealsLegend';

const session = (): Storage | null => {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
};

/** The deal explorer: one filter bar over three views of the whole cache; the company, the
 *  deal and the view live in the address (explore.html#company=xAI). */
export function ExploreApp() {
  const { data, error, rows, kindOf, fullGraph } = useExploreData();
  const [loc, go] = useHashLocation();
  const [rest, setRest] = useState<Omit<DealFilter, 'company'>>(EMPTY_FILTER);
  const filter: DealFilter = { ...rest, company: loc.company };

  // The network and the timeline keep the selected company's surroundings (they highlight it
  // rather than filter by it), so they get the rows that pass every filter but the company;
  // only the network needs a graph at all.
  const filtered = useMemo(() => {
    const t0 = performance.now();
    const anyCompany = filterRows(rows, { ...filter, company: '' });
    const out = filter.company ? anyCompany.filter((r) => r.parties.includes(filter.company)) : anyCompany;
    const graph = loc.view === 'network' ? buildGraph(anyCompany, kindOf) : null;
    recordFilter(performance.now() - t0);
    return { rows: out, anyCompany, graph };
  }, [rows, kindOf, loc.view, ...Object.values(filter)]);
  const names = useMemo(() => partyNames(rows), [rows]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const layout = useMemo(
    () =>
      data ? cachedLayout(`${data.generation}:${fullGraph.nodes.length}:${rows.length}`, fullGraph, session()) : {},
    [data, fullGraph, rows.length],
  );
  useLayoutEffect(() => markCommitted(filtered.rows.length, document.documentElement), [filtered]);

  const deal = loc.deal ? rowsById.get(loc.deal) : undefined;
  // A deal opened from a view takes the focus to its card (above the view), and Close brings it
  // back to the button that opened it: a keyboard reader is not left at the top of the page.
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openDeal = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    go({ deal: id });
  };
  useEffect(() => {
    if (deal && opener.current) panel.current?.focus();
  }, [deal]);
  const closeDeal = () => {
    go({ deal: '' });
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  };
  useEffect(() => {
    document.title = loc.company ? `${loc.company} · ${t('exploreTitle')}` : t('exploreTitle');
  }, [loc.company]);

  const change = (c: Partial<DealFilter>) => {
    markFilterStart();
    const { company, ...others } = c;
    if (company !== undefined) go({ company: company.trim() });
    if (Object.keys(others).length) setRest((r) => ({ ...r, ...others }));
  };
  const exportCsv = (list: DealRow[]) =>
    downloadText(dealsCsv(list), `deallens-deals${loc.company ? `-${loc.company.replace(/[^\w.-]+/g, '_')}` : ''}.csv`);

  return (
    <main class="explore">
      <header class="explore-header">
        <h1>{t('exploreTitle')}</h1>
        {data && (
          <p class="muted">
            {t(
              'exploreCacheCounts',
              plural('countDeals', rows.length),
              plural('popupCompanies', data.companies.length),
            )}
          </p>
        )}
        <ViewTabs view={loc.view} onChange={(view) => go({ view })} />
        {rows.some((r) => r.mine) && <MyDealsLegend />}
      </header>
      {error && (
        <p class="banner error" role="alert">
          {t('exploreLoadFailed', error)}
        </p>
      )}
      {!data && !error && (
        <p class="muted" role="status">
          {t('exploreLoading')}
        </p>
      )}
      {data && (
        <>
          <FilterBar
            filter={filter}
            names={names}
            showSeen={data.trail.length > 0}
            onChange={change}
            onReset={() => {
              markFilterStart();
              setRest(EMPTY_FILTER);
              go({ company: '' });
            }}
          />
          {loc.company && !names.includes(loc.company) && (
            <p class="banner warn" role="status">
              {t('exploreNoCompany', loc.company)}
            </p>
          )}
          {deal && (
            <section
              class={`deal-panel${deal.mine ? ' mine' : ''}`}
              aria-label={t('exploreSelectedDeal')}
              tabIndex={-1}
              ref={panel}
            >
              <div class="deal-panel-body">
                {deal.mine && <MineBadge />}
                <DealCard deal={deal.deal} numbers="full" />
                {deal.seen.length > 0 && <p class="seen-in">{t('exploreSeenIn', seenText(deal.seen))}</p>}
              </div>
              <button type="button" onClick={closeDeal}>
                {t('exploreClose')}
              </button>
            </section>
          )}
          {loc.deal && !deal && (
            <p class="banner warn" role="status">
              {t('exploreNoDeal', loc.deal)}
            </p>
          )}
          <div id="view" role="tabpanel" aria-labelledby={`tab-${loc.view}`} class="view">
            {loc.view === 'network' && filtered.graph && (
              <NetworkView
                graph={filtered.graph}
                allNodes={fullGraph.nodes}
                layout={layout}
                rowsById={rowsById}
                selected={loc.company}
                onSelect={(name) => change({ company: name })}
                onOpenDeal={openDeal}
              />
            )}
            {loc.view === 'timeline' && (
              <TimelineView rows={filtered.anyCompany} selected={loc.company} onOpenDeal={openDeal} />
            )}
            {loc.view === 'table' && (
              <TableView
                rows={filtered.rows}
                selectedDeal={loc.deal}
                onOpenDeal={openDeal}
                onSelectCompany={(name) => change({ company: name })}
                onExport={exportCsv}
                seenColumn={data.trail.length > 0}
              />
            )}
          </div>
        </>
      )}
    </main>
  );
}
