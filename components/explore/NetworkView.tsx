import { memo } from 'preact/compat';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import type { CompanyKind } from '../../lib/feed/types';
import type { Graph, GraphEdge, GraphNode } from './graph';
import { COMPANY_KINDS, KIND_LABEL } from './labels';
import { HEIGHT, maxRadiusFor, nodeRadius, WIDTH, type Layout } from './layout';
import { pictureOf, trimmed } from './network';
import type { DealRow } from './rows';

interface Props {
  /** The graph of the filtered deals (arrows, focus); positions come from the full graph's
   *  cached layout. */
  graph: Graph;
  /** Every company of the cache, sized by all its deals: sizes and labels do not jump while
   *  filtering (and unchanged circles skip re-rendering); companies without a filtered deal fade. */
  allNodes: GraphNode[];
  layout: Layout;
  rowsById: Map<string, DealRow>;
  selected: string;
  onSelect(name: string): void;
  onOpenDeal(id: string): void;
}

const money = (usd: number) => formatMoney(usd, 'USD');

/** Companies as circles (area by disclosed value, colour by kind), money flows as arrows (width by
 *  annual value). Click or Enter on a company focuses it; hover or focus an arrow for its deals. */
export function NetworkView({ graph, allNodes, layout, rowsById, selected, onSelect, onOpenDeal }: Props) {
  const [hover, setHover] = useState<GraphEdge | null>(null);
  const pic = useMemo(() => pictureOf(graph, selected), [graph, selected]);
  const radius = useMemo(() => {
    const maxUsd = Math.max(0, ...allNodes.map((n) => n.disclosedUsd));
    const maxR = maxRadiusFor(allNodes.length);
    return new Map(allNodes.map((n) => [n.name, nodeRadius(n.disclosedUsd, maxUsd, maxR)]));
  }, [allNodes]);
  const present = useMemo(() => new Set(graph.nodes.map((n) => n.name)), [graph]);
  const dim = (name: string) => (pic.focus.size > 0 ? !pic.focus.has(name) : !present.has(name));
  // One stable callback for every mark, so memoized marks whose props did not change are skipped
  // when a filter re-renders the view (10,000 deals: 500 nodes, 1,500 arrows).
  const latest = useRef({ graph, selected, onSelect, onOpenDeal });
  latest.current = { graph, selected, onSelect, onOpenDeal };
  const act = useCallback((what: Action, id: string) => {
    const { graph: g, selected: sel, onSelect: select, onOpenDeal: open } = latest.current;
    const edge = g.edges.find((e) => e.key === id);
    if (what === 'select') select(id === sel ? '' : id);
    else if (what === 'hover' && edge) setHover(edge);
    else if (what === 'open' && edge?.dealIds.length) open(edge.dealIds[0]);
  }, []);
  const hovered = hover ? hover.dealIds.map((id) => rowsById.get(id)).filter((r): r is DealRow => !!r) : [];

  return (
    <div class="network">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`Money flows between ${formatCount(present.size)} companies`}>
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
            const focused = pic.focus.size > 0 && (e.from === selected || e.to === selected);
            return (
              <EdgeMark key={e.key} edgeKey={e.key} seg={trimmed(a, b, radius.get(e.from) ?? 4, radius.get(e.to) ?? 4)}
                width={e.width} mutual={e.mutual} focused={focused} dim={pic.focus.size > 0 && !focused} hover={hover?.key === e.key}
                label={`${e.from} to ${e.to}: ${e.dealIds.length} deal${e.dealIds.length > 1 ? 's' : ''}, ${money(e.weightUsd)}`}
                act={act} />
            );
          })}
        </g>
        <g class="nodes">
          {allNodes.map((n) => {
            const p = layout[n.name];
            if (!p) return null;
            return (
              <NodeMark key={n.name} name={n.name} kind={n.kind} x={p.x} y={p.y} r={radius.get(n.name) ?? 4}
                selected={n.name === selected} dim={dim(n.name)} labelled={pic.labelled.has(n.name)}
                label={`${n.name}, ${KIND_LABEL[n.kind]}, ${formatCount(n.deals)} deal${n.deals === 1 ? '' : 's'}, ${money(n.disclosedUsd)} disclosed`}
                act={act} />
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

type Action = 'select' | 'hover' | 'open';
type Act = (what: Action, id: string) => void;

interface EdgeProps {
  edgeKey: string; seg: ReturnType<typeof trimmed>; width: number; mutual: boolean;
  focused: boolean; dim: boolean; hover: boolean; label: string; act: Act;
}

/** One money-flow arrow; focusable (Enter opens its first deal) only around the focused company. */
const EdgeMark = memo(function EdgeMark({ edgeKey, seg, width, mutual, focused, dim, hover, label, act }: EdgeProps) {
  return (
    <line x1={seg.x1} y1={seg.y1} x2={seg.x2} y2={seg.y2} stroke-width={width}
      class={`edge${mutual ? ' mutual' : ''}${focused ? ' focused' : ''}${dim ? ' dim' : ''}${hover ? ' hover' : ''}`}
      marker-end={mutual ? undefined : 'url(#arrow)'} tabindex={focused ? 0 : undefined} aria-label={focused ? label : undefined}
      onMouseEnter={() => act('hover', edgeKey)} onFocus={() => act('hover', edgeKey)} onClick={() => act('open', edgeKey)}
      onKeyDown={(ev) => { if (ev.key === 'Enter') act('open', edgeKey); }} data-edge={edgeKey}>
      <title>{label}</title>
    </line>
  );
}, (a, b) => a.edgeKey === b.edgeKey && a.width === b.width && a.mutual === b.mutual && a.focused === b.focused && a.dim === b.dim &&
  a.hover === b.hover && a.label === b.label && a.seg.x1 === b.seg.x1 && a.seg.y1 === b.seg.y1 && a.seg.x2 === b.seg.x2 && a.seg.y2 === b.seg.y2);

interface NodeProps {
  name: string; kind: CompanyKind; x: number; y: number; r: number;
  selected: boolean; dim: boolean; labelled: boolean; label: string; act: Act;
}

/** One company: a button (click, Enter or Space focuses it; again clears the focus). */
const NodeMark = memo(function NodeMark({ name, kind, x, y, r, selected, dim, labelled, label, act }: NodeProps) {
  return (
    <g class={`node k-${kind}${selected ? ' selected' : ''}${dim ? ' dim' : ''}`} transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
      tabindex={0} role="button" aria-pressed={selected} aria-label={label} data-company={name}
      onClick={() => act('select', name)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); act('select', name); } }}>
      <circle r={r}><title>{label}</title></circle>
      {labelled && <text y={-r - 3} text-anchor="middle">{name}</text>}
    </g>
  );
});
