// Beside (or, on a narrow screen, under) the network: the legend, the pointed-at arrow's deals,
// and the focused company's deals as buttons, which is how the keyboard reaches the arrows.
import { useMemo } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import { DealButtons } from './DealButtons';
import type { GraphEdge } from './graph';
import { COMPANY_KINDS, KIND_LABEL } from './labels';
import type { DealRow } from './rows';

/** User-visible words of this component, in one place (for _locales). */
export const NETWORK_SIDE_TEXT = {
  kinds: 'Company kinds',
  flows: 'money flows: buyer → seller, investor → investee, acquirer → target',
  hiddenLinks: (shown: string, all: string) =>
    `The ${shown} largest of ${all} links shown; filter or pick a company to see the rest.`,
  deals: (n: number) => `${formatCount(n)} deal${n === 1 ? '' : 's'}`,
  yearly: 'a year or one-off',
  hint: 'Point at an arrow for its deals. Click a company (or Tab to the picture, arrow keys, Enter) to focus it and list its deals.',
  dealsOf: (name: string) => `Deals of ${name}`,
  arrowsOf: (name: string, n: number) => `${name}: ${formatCount(n)} deal${n === 1 ? '' : 's'}, by arrow`,
};

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
        <section class="focused-deals" aria-label={NETWORK_SIDE_TEXT.dealsOf(selected)}>
          <h2>{NETWORK_SIDE_TEXT.arrowsOf(selected, own.rows.length)}</h2>
          <DealButtons
            label={NETWORK_SIDE_TEXT.dealsOf(selected)}
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
              {NETWORK_SIDE_TEXT.deals(hover.dealIds.length)} · {money(hover.weightUsd)}{' '}
              {hover.mutual ? '' : NETWORK_SIDE_TEXT.yearly}
            </p>
            <DealButtons label={arrow(hover)} rows={hovered} onOpenDeal={onOpenDeal} />
          </>
        ) : (
          <p class="muted">{NETWORK_SIDE_TEXT.hint}</p>
        )}
      </div>
      {hiddenEdges > 0 && (
        <p class="muted">
          {NETWORK_SIDE_TEXT.hiddenLinks(formatCount(edges.length), formatCount(edges.length + hiddenEdges))}
        </p>
      )}
      <ul class="legend" aria-label={NETWORK_SIDE_TEXT.kinds}>
        {COMPANY_KINDS.map((k) => (
          <li key={k}>
            <span class={`swatch k-${k}`} aria-hidden="true" />
            {KIND_LABEL[k]}
          </li>
        ))}
        <li>
          <span class="swatch arrow" aria-hidden="true">
            →
          </span>
          {NETWORK_SIDE_TEXT.flows}
        </li>
      </ul>
    </div>
  );
}
