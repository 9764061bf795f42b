import { useMemo, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import type { Graph, GraphEdge } from './graph';
import { COMPANY_KINDS, KIND_LABEL } from './labels';
import { HEIGHT, nodeRadius, WIDTH, type Layout } from './layout';
import { pictureOf, trimmed } from './network';
import type { DealRow } from './rows';

interface Props {
  /** The graph of the filtered deals; positions come from the full graph's cached layout. */
  graph: Graph;
  layout: Layout;
  rowsById: Map<string, DealRow>;
  selected: string;
  onSelect(name: string): void;
  onOpenDeal(id: string): void;
}

const money = (usd: number) => formatMoney(usd, 'USD');

/** Companies as circles (area by disclosed value, colour by kind), money flows as arrows (width by
 *  annual value). Click or Enter on a company focuses it; hover or focus an arrow for its deals. */
export function NetworkView({ graph, layout, rowsById, selected, onSelect, onOpenDeal }: Props) {
  const [hover, setHover] = useState<GraphEdge | null>(null);
  const pic = useMemo(() => pictureOf(graph, selected), [graph, selected]);
  const maxUsd = useMemo(() => Math.max(0, ...graph.nodes.map((n) => n.disclosedUsd)), [graph]);
  const radius = new Map(graph.nodes.map((n) => [n.name, nodeRadius(n.disclosedUsd, maxUsd)]));
  const dim = (name: string) => pic.focus.size > 0 && !pic.focus.has(name);
  const hovered = hover ? hover.dealIds.map((id) => rowsById.get(id)).filter((r): r is DealRow => !!r) : [];

  return (
    <div class="network">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`Money flows between ${formatCount(graph.nodes.length)} companies`}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
            <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
          </marker>
        </defs>
        <g class="edges">
          {pic.edges.map((e) => {
            const a = layout[e.from];
            const b = layout[e.to];
            if (!a || !b) return null;
            const seg = trimmed(a, b, radius.get(e.from) ?? 4, radius.get(e.to) ?? 4);
            const focused = pic.focus.size > 0 && (e.from === selected || e.to === selected);
            const label = `${e.from} to ${e.to}: ${e.dealIds.length} deal${e.dealIds.length > 1 ? 's' : ''}, ${money(e.weightUsd)}`;
            return (
              <line key={e.key} {...seg} stroke-width={e.width}
                class={`edge${e.mutual ? ' mutual' : ''}${focused ? ' focused' : ''}${pic.focus.size && !focused ? ' dim' : ''}${hover?.key === e.key ? ' hover' : ''}`}
                marker-end={e.mutual ? undefined : 'url(#arrow)'}
                tabIndex={focused ? 0 : undefined} aria-label={focused ? label : undefined}
                onMouseEnter={() => setHover(e)} onFocus={() => setHover(e)}
                onKeyDown={(ev) => { if (ev.key === 'Enter' && e.dealIds.length) onOpenDeal(e.dealIds[0]); }}
                onClick={() => e.dealIds.length === 1 && onOpenDeal(e.dealIds[0])}
                data-edge={e.key}>
                <title>{label}</title>
              </line>
            );
          })}
        </g>
        <g class="nodes">
          {graph.nodes.map((n) => {
            const p = layout[n.name];
            if (!p) return null;
            const r = radius.get(n.name) ?? 4;
            const label = `${n.name}, ${KIND_LABEL[n.kind]}, ${formatCount(n.deals)} deal${n.deals === 1 ? '' : 's'}, ${money(n.disclosedUsd)} disclosed`;
            const choose = () => onSelect(n.name === selected ? '' : n.name);
            return (
              <g key={n.name} class={`node k-${n.kind}${n.name === selected ? ' selected' : ''}${dim(n.name) ? ' dim' : ''}`}
                transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`} tabIndex={0} role="button"
                aria-pressed={n.name === selected} aria-label={label} data-company={n.name}
                onClick={choose} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } }}>
                <circle r={r}><title>{label}</title></circle>
                {pic.labelled.has(n.name) && <text y={-r - 3} text-anchor="middle">{n.name}</text>}
              </g>
            );
          })}
        </g>
      </svg>
      <div class="network-side">
        <ul class="legend" aria-label="Company kinds">
          {COMPANY_KINDS.map((k) => <li key={k}><span class={`swatch k-${k}`} aria-hidden="true" />{KIND_LABEL[k]}</li>)}
          <li><span class="swatch arrow" aria-hidden="true">→</span>money flows: buyer → seller, investor → investee, acquirer → target</li>
        </ul>
        {pic.hiddenEdges > 0 && (
          <p class="muted">The {formatCount(pic.edges.length)} largest of {formatCount(pic.edges.length + pic.hiddenEdges)} links shown; filter or pick a company to see the rest.</p>
        )}
        <div class="edge-details" aria-live="polite">
          {hover ? (
            <>
              <h3>{hover.from} {hover.mutual ? '↔' : '→'} {hover.to}</h3>
              <p class="muted">{formatCount(hover.dealIds.length)} deal{hover.dealIds.length > 1 ? 's' : ''} · {money(hover.weightUsd)} {hover.mutual ? '' : 'a year or one-off'}</p>
              <ul>
                {hovered.slice(0, 5).map((r) => (
                  <li key={r.id}>
                    <button type="button" class="link" onClick={() => onOpenDeal(r.id)}>{r.deal.title}</button>
                    <span class="muted"> {r.announced}{r.valueText ? ` · ${r.valueText}` : ''}</span>
                  </li>
                ))}
              </ul>
              {hovered.length > 5 && <p class="muted">and {formatCount(hovered.length - 5)} more (see the table)</p>}
            </>
          ) : (
            <p class="muted">Point at an arrow for its deals. Click a company to focus it and its counterparties.</p>
          )}
        </div>
      </div>
    </div>
  );
}
