// Where the network's companies and their names go: radii by disclosed value, circles in
// importance order, and name spots that do not overlap (./label-place.ts).
import { plural, t } from '../../lib/i18n';
import { useMemo } from 'preact/hooks';
import { formatMoney } from '../../lib/figures/format';
import type { Graph, GraphNode } from './graph';
import { placeLabels } from './label-place';
import { companyKindLabel } from './labels';
import { HEIGHT, maxRadiusFor, nodeRadius, WIDTH, type Layout } from './layout';
import type { NetworkPicture } from './network';

const money = (usd: number) => formatMoney(usd, 'USD');

export function useNodePlacement(
  allNodes: GraphNode[],
  layout: Layout,
  graph: Graph,
  pic: NetworkPicture,
  selected: string,
) {
  const radius = useMemo(() => {
    const maxUsd = Math.max(0, ...allNodes.map((n) => n.disclosedUsd));
    const maxR = maxRadiusFor(allNodes.length);
    return new Map(allNodes.map((n) => [n.name, nodeRadius(n.disclosedUsd, maxUsd, maxR)]));
  }, [allNodes]);
  // Positions and labels of every company, once per data load (not per filter change).
  const placed = useMemo(
    () =>
      // Largest first: the focus order (Tab, then arrow keys) and the painting order (small
      // circles over big ones) both go by importance.
      [...allNodes]
        .sort((a, b) => b.disclosedUsd - a.disclosedUsd || a.name.localeCompare(b.name))
        .flatMap((n) => {
          const p = layout[n.name];
          return p
            ? [
                {
                  n,
                  p,
                  r: radius.get(n.name) ?? 4,
                  label: t(
                    'exploreNode',
                    n.name,
                    companyKindLabel(n.kind),
                    plural('countDeals', n.deals),
                    money(n.disclosedUsd),
                  ),
                },
              ]
            : [];
        }),
    [allNodes, layout, radius],
  );
  const present = useMemo(() => new Set(graph.nodes.map((n) => n.name)), [graph]);
  const dim = (name: string) => (pic.focus.size > 0 ? !pic.focus.has(name) : !present.has(name));
  // Names placed so no two overlap (and off other circles where they can); the least important give way.
  const spots = useMemo(() => {
    const shown = placed.filter(({ n }) => !dim(n.name)).map(({ n, p, r }) => ({ name: n.name, at: p, r }));
    const wanted = shown.filter((c) => pic.labelled.has(c.name));
    const first = wanted.findIndex((c) => c.name === selected);
    if (first > 0) wanted.unshift(...wanted.splice(first, 1));
    return placeLabels(wanted, shown, { width: WIDTH, height: HEIGHT });
  }, [placed, pic, present, selected]);
  return { radius, placed, spots, dim, present };
}
