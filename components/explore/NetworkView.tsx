import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import { groupSegments, nearestSegment, segmentsOf, type Segment } from './edge-canvas';
import type { Graph, GraphEdge, GraphNode } from './graph';
import { COMPANY_KINDS, KIND_LABEL } from './labels';
import { HEIGHT, maxRadiusFor, nodeRadius, WIDTH, type Layout } from './layout';
import { pictureOf } from './network';
import { EdgeMark, NodeMark, type Action } from './NetworkMarks';
import type { DealRow } from './rows';
import { useEdgeCanvas } from './useEdgeCanvas';

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
/** How far from a link (in viewBox units, beyond its half width) the pointer still picks it. */
const HIT_TOLERANCE = 4;
const edgeLabel = (e: GraphEdge) =>
  `${e.from} to ${e.to}: ${e.dealIds.length} deal${e.dealIds.length > 1 ? 's' : ''}, ${money(e.weightUsd)}`;

/** Companies as circles (area by disclosed value, colour by kind), money flows as arrows (width by
 *  annual value). Click or Enter on a company focuses it; hover an arrow (or focus one of the
 *  focused company's) for its deals. Links are drawn on a canvas under the SVG companies; the
 *  focused company's links and the hovered one are SVG elements too, for keyboard and hover. */
export function NetworkView({ graph, allNodes, layout, rowsById, selected, onSelect, onOpenDeal }: Props) {
  const [hover, setHover] = useState<GraphEdge | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const pic = useMemo(() => pictureOf(graph, selected), [graph, selected]);
  const radius = useMemo(() => {
    const maxUsd = Math.max(0, ...allNodes.map((n) => n.disclosedUsd));
    const maxR = maxRadiusFor(allNodes.length);
    return new Map(allNodes.map((n) => [n.name, nodeRadius(n.disclosedUsd, maxUsd, maxR)]));
  }, [allNodes]);
  // Positions and labels of every company, once per data load (not per filter change).
  const placed = useMemo(
    () =>
      allNodes.flatMap((n) => {
        const p = layout[n.name];
        return p
          ? [
              {
                n,
                p,
                r: radius.get(n.name) ?? 4,
                label: `${n.name}, ${KIND_LABEL[n.kind]}, ${formatCount(n.deals)} deal${n.deals === 1 ? '' : 's'}, ${money(n.disclosedUsd)} disclosed`,
              },
            ]
          : [];
      }),
    [allNodes, layout, radius],
  );
  const segments = useMemo(() => segmentsOf(pic, layout, radius), [pic, layout, radius]);
  const edgeByKey = useMemo(() => new Map(pic.edges.map((e) => [e.key, e])), [pic]);
  const touches = (s: Segment) => {
    const e = edgeByKey.get(s.key)!;
    return e.from === selected || e.to === selected;
  };
  const focusedSegs = useMemo(() => (pic.focus.size ? segments.filter(touches) : []), [segments, pic]);
  const groups = useMemo(
    () =>
      groupSegments(pic.focus.size ? segments.filter((s) => !touches(s)) : segments, () =>
        pic.focus.size ? 'dim' : 'normal',
      ),
    [segments, pic],
  );
  useEdgeCanvas(canvas, groups);
  const present = useMemo(() => new Set(graph.nodes.map((n) => n.name)), [graph]);
  const dim = (name: string) => (pic.focus.size > 0 ? !pic.focus.has(name) : !present.has(name));

  // One stable callback for every mark, so memoized marks whose props did not change are skipped
  // when a filter re-renders the view (10,000 deals: 500 companies).
  const latest = useRef({ edgeByKey, segments, selected, onSelect, onOpenDeal, hover });
  latest.current = { edgeByKey, segments, selected, onSelect, onOpenDeal, hover };
  const act = useCallback((what: Action, id: string) => {
    const { edgeByKey: edges, selected: sel, onSelect: select, onOpenDeal: open, hover: now } = latest.current;
    const edge = edges.get(id);
    if (what === 'select') select(id === sel ? '' : id);
    else if (what === 'hover' && edge && edge !== now) setHover(edge);
    else if (what === 'open' && edge?.dealIds.length) open(edge.dealIds[0]);
  }, []);
  /** The link under the pointer on the canvas, from the cached segments (null over a company). */
  const hit = (ev: MouseEvent): Segment | null => {
    const box = plot.current?.getBoundingClientRect();
    if (!box || !box.width || (ev.target instanceof Element && ev.target.closest('.node'))) return null;
    const scale = WIDTH / box.width;
    return nearestSegment(
      latest.current.segments,
      (ev.clientX - box.left) * scale,
      (ev.clientY - box.top) * scale,
      HIT_TOLERANCE,
    );
  };
  const onMove = (ev: MouseEvent) => {
    const s = hit(ev);
    if (plot.current) plot.current.style.cursor = s ? 'pointer' : '';
    if (s) act('hover', s.key);
  };
  const onClick = (ev: MouseEvent) => {
    const s = hit(ev);
    if (s) act('open', s.key);
  };

  const hovered = hover ? hover.dealIds.map((id) => rowsById.get(id)).filter((r): r is DealRow => !!r) : [];
  const hoverSeg =
    hover && !focusedSegs.some((s) => s.key === hover.key) ? segments.find((s) => s.key === hover.key) : undefined;

  return (
    <div class="network">
      <div class="network-plot" ref={plot} onMouseMove={onMove} onClick={onClick}>
        <canvas ref={canvas} width={WIDTH} height={HEIGHT} aria-hidden="true" data-edges={segments.length} />
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={`Money flows between ${formatCount(present.size)} companies`}
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="5"
              markerHeight="5"
              orient="auto-start-reverse"
              markerUnits="userSpaceOnUse"
            >
              <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
            </marker>
          </defs>
          <g class="edges">
            {focusedSegs.map((s) => (
              <EdgeMark
                key={s.key}
                seg={s}
                focused
                hover={hover?.key === s.key}
                label={edgeLabel(edgeByKey.get(s.key)!)}
                act={act}
              />
            ))}
            {hoverSeg && hover && (
              <EdgeMark
                key={`hover-${hoverSeg.key}`}
                seg={hoverSeg}
                focused={false}
                hover
                label={edgeLabel(hover)}
                act={act}
              />
            )}
          </g>
          <g class="nodes">
            {placed.map(({ n, p, r, label }) => (
              <NodeMark
                key={n.name}
                name={n.name}
                kind={n.kind}
                x={p.x}
                y={p.y}
                r={r}
                selected={n.name === selected}
                dim={dim(n.name)}
                labelled={pic.labelled.has(n.name)}
                label={label}
                act={act}
              />
            ))}
          </g>
        </svg>
      </div>
      <div class="network-side">
        <ul class="legend" aria-label="Company kinds">
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
            money flows: buyer → seller, investor → investee, acquirer → target
          </li>
        </ul>
        {pic.hiddenEdges > 0 && (
          <p class="muted">
            The {formatCount(pic.edges.length)} largest of {formatCount(pic.edges.length + pic.hiddenEdges)} links
            shown; filter or pick a company to see the rest.
          </p>
        )}
        <div class="edge-details" aria-live="polite">
          {hover ? (
            <>
              <h3>
                {hover.from} {hover.mutual ? '↔' : '→'} {hover.to}
              </h3>
              <p class="muted">
                {formatCount(hover.dealIds.length)} deal{hover.dealIds.length > 1 ? 's' : ''} · {money(hover.weightUsd)}{' '}
                {hover.mutual ? '' : 'a year or one-off'}
              </p>
              <ul>
                {hovered.slice(0, 5).map((r) => (
                  <li key={r.id}>
                    <button type="button" class="link" onClick={() => onOpenDeal(r.id)}>
                      {r.deal.title}
                    </button>
                    <span class="muted">
                      {' '}
                      {r.announced}
                      {r.valueText ? ` · ${r.valueText}` : ''}
                    </span>
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
