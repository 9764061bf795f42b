// Beside (or, on a narrow screen, under) the network: the legend, the pointed-at arrow's deals,
// and the focused company's deals as buttons, which is how the keyboard reaches the arrows.
import { plural, t } from '../../lib/i18n';
import { useMemo } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import { DealButtons } from './DealButtons';
import type { GraphEdge } from './graph';
import { COMPANY_KINDS, companyKindLabel } from './labels';
import type { DealRow } from './rows';

const dealsOf = (name: string) => t('exploreDealsOf', name);

interface Props {
  edges: readonly GraphEdge[];
  hiddenEdges: number;
  hover: GraphEdge | null;
  selected: string;
  rowsById: Map<string, DealRow>;
  onOpenDeal(id: string): void;
}

const money = (usd: number) => formatMoney(usd, 'USD');
const arrow = (e: GraphEdge) => `${e.from} ${e.mutual ? '↔' : '→'} ${e.to}`;
const rowsOf = (ids: readonly string[], rowsById: Map<string, DealRow>) =>
  ids.map((id) => rowsById.get(id)).filter((r): r is DealRow => !!r);

export function NetworkSide({ edges, hiddenEdges, hover, selected, rowsById, onOpenDeal }: Props) {
  // The focused company's deals, arrow by arrow (heaviest first), each deal once.
  const own = useMemo(() => {
    if (!selected) return { rows: [], leadOf: new Map<string, string>() };
    const leadOf = new Map<string, string>();
    for (const e of edges)
      if (e.from === selected || e.to === selected)
        for (const id of e.dealIds) if (!leadOf.has(id)) leadOf.set(id, arrow(e));
    return { rows: rowsOf([...leadOf.keys()], rowsById), leadOf };
  }, [edges, selected, rowsById]);
  const hovered = hover ? rowsOf(hover.dealIds, rowsById) : [];

  return (
    <div class="network-side">
      {selected && own.rows.length > 0 && (
        <section class="focused-deals" aria-label={dealsOf(selected)}>
          <h2>{t('exploreArrowsOf', selected, plural('countDeals', own.rows.length))}</h2>
          <DealButtons
            label={dealsOf(selected)}
            rows={own.rows}
            lead={(r) => own.leadOf.get(r.id) ?? ''}
            onOpenDeal={onOpenDeal}
          />
        </section>
      )}
      <div class="edge-details" aria-live="polite">
        {hover ? (
          <>
            <h3>{arrow(hover)}</h3>
            <p class="muted">
              {plural('countDeals', hover.dealIds.length)} · {money(hover.weightUsd)}{' '}
              {hover.mutual ? '' : t('exploreYearly')}
            </p>
            <DealButtons label={arrow(hover)} rows={hovered} onOpenDeal={onOpenDeal} />
          </>
        ) : (
          <p class="muted">{t('exploreNetworkHint')}</p>
        )}
      </div>
      {hiddenEdges > 0 && (
        <p class="muted">
          {t('exploreHiddenLinks', formatCount(edges.length), formatCount(edges.length + hiddenEdges))}
        </p>
      )}
      <ul class="legend" aria-label={t('exploreCompanyKinds')}>
        {COMPANY_KINDS.map((k) => (
          <li key={k}>
            <span class={`swatch k-${k}`} aria-hidden="true" />
            {companyKindLabel(k)}
          </li>
        ))}
        <li>
          <span class="swatch arrow" aria-hidden="true">
            →
          </span>
          {t('exploreFlows')}
        </li>
      </ul>
    </div>
  );
}
