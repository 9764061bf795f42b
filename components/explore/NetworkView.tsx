import { plural, t } from '../../lib/i18n';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatMoney } from '../../lib/figures/format';
import { groupSegments, nearestSegment, segmentsOf, type Segment } from './edge-canvas';
import type { Graph, GraphEdge, GraphNode } from './graph';
import { HEIGHT, WIDTH, type Layout } from './layout';
import { pictureOf } from './network';
import { NetworkSide } from './NetworkSide';
import { useNodePlacement } from './useNodePlacement';
import { useRoving } from './useRoving';
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
  t('exploreEdge', e.from, e.to, plural('countDeals', e.dealIds.length), money(e.weightUsd));

/** Companies as circles (area by disclosed value, colour by kind), money flows as arrows (width by
 *  annual value). Click or Enter on a company focuses it and lists its deals beside the picture
 *  (the keyboard's way to its arrows); hover an arrow for its deals. Links are drawn on a canvas
 *  under the SVG companies; the focused company's links and the hovered one are SVG elements too. */
export function NetworkView({ graph, allNodes, layout, rowsById, selected, onSelect, onOpenDeal }: Props) {
  const [hover, setHover] = useState<GraphEdge | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const pic = useMemo(() => pictureOf(graph, selected), [graph, selected]);
  const { radius, placed, spots, dim, present } = useNodePlacement(allNodes, layout, graph, pic, selected);
  // One tab stop for the whole picture (the focused company, else the largest): arrow keys move
  // between companies in the order above, so Tab leaves the picture at once.
  const order = useMemo(() => placed.map(({ n }) => n.name), [placed]);
  const roving = useRoving(order, selected, 'company');
  // On a narrow screen the picture pans: bring the focused company (else the largest) into view.
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = scroller.current;
    const at = layout[selected] ?? placed[0]?.p;
    if (!box || !at || box.scrollWidth <= box.clientWidth) return;
    box.scrollLeft = (at.x / WIDTH) * box.scrollWidth - box.clientWidth / 2;
  }, [selected, placed, layout]);

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

  const hoverSeg =
    hover && !focusedSegs.some((s) => s.key === hover.key) ? segments.find((s) => s.key === hover.key) : undefined;

  return (
    <div class="network">
      <div class="network-scroll" ref={scroller}>
        <div class="network-plot" ref={plot} onMouseMove={onMove} onClick={onClick}>
          <canvas ref={canvas} width={WIDTH} height={HEIGHT} aria-hidden="true" data-edges={segments.length} />
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="group"
            aria-label={t('exploreFlowsBetween', plural('popupCompanies', present.size))}
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
            <g class="nodes" onKeyDown={roving.onKeyDown}>
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
                  tabStop={n.name === roving.tabStop}
                  label={label}
                  act={act}
                />
              ))}
            </g>
            {/* Names over every circle (their halo keeps them legible); the buttons carry them for
                assistive technology, so this layer is hidden from it. */}
            <g class="labels" aria-hidden="true">
              {placed.map(({ n, p }) => {
                const spot = spots.get(n.name);
                return (
                  spot && (
                    <text key={n.name} x={p.x + spot.dx} y={p.y + spot.dy} text-anchor={spot.anchor}>
                      {n.name}
                    </text>
                  )
                );
              })}
            </g>
          </svg>
        </div>
      </div>
      <NetworkSide
        edges={pic.edges}
        hiddenEdges={pic.hiddenEdges}
        hover={hover}
        selected={selected}
        rowsById={rowsById}
        onOpenDeal={onOpenDeal}
      />
    </div>
  );
}
