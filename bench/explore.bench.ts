// The explorer's own work on a 10,000-deal feed (run by `npm run bench`, or alone with
// `npx tsx bench/explore.bench.ts`): building rows, filtering, sorting, the money-flow graph,
// the network picture, and the one-time layout simulation. Pure code in Node; the rendering
// share is measured in Chromium by test/e2e/explore.e2e.ts (it prints filter+render times).
import { pathToFileURL } from 'node:url';
import { dealNumbers } from '../lib/deals/derive';
import { EMPTY_FILTER, filterRows, sortRows, type DealFilter } from '../components/explore/filter';
import { buildGraph } from '../components/explore/graph';
import { groupSegments, nearestSegment, segmentsOf } from '../components/explore/edge-canvas';
import { computeLayout, maxRadiusFor, nodeRadius } from '../components/explore/layout';
import { pictureOf } from '../components/explore/network';
import { kindLookup, toRows } from '../components/explore/rows';
import { bucketRows } from '../components/explore/timeline';
import { dealsCsv } from '../components/explore/csv';
import { generateFeed } from '../test/fixtures/feeds/generate';

export const name = 'explore';

/** Median of `runs` timings of `work`, in ms (after one warm-up). */
function median(work: () => unknown, runs = 15): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return Math.round(times.sort((a, b) => a - b)[runs >> 1] * 100) / 100;
}

export async function run(): Promise<Record<string, number | string>> {
  const feed = generateFeed(10_000, 500, 42, true);
  const fx = feed.reference.fx;
  const data = { deals: feed.deals.map((deal) => ({ deal, ...dealNumbers(deal, fx) })) };
  const kindOf = kindLookup(feed.companies);
  let rows = toRows(data);
  const filters: Partial<DealFilter>[] = [
    { text: 'c' },
    { text: 'company 12' },
    { text: 'report company 3' },
    { kind: 'investment' },
    { company: 'Company 0' },
    { minAnnualUsd: 1e9 },
    { from: '2026-01', to: '2026-06' },
  ];
  const f = (x: Partial<DealFilter>) => ({ ...EMPTY_FILTER, ...x });
  const graph = buildGraph(rows, kindOf);
  const out: Record<string, number | string> = {
    deals: rows.length,
    'toRows ms': median(() => (rows = toRows(data)), 5),
  };
  for (const x of filters) out[`filter ${JSON.stringify(x)} ms`] = median(() => filterRows(rows, f(x)));
  out['worst filter + graph of its rows ms'] = Math.max(
    ...filters.map((x) => median(() => buildGraph(filterRows(rows, f(x)), kindOf))),
  );
  out['sort by annual value ms'] = median(() => sortRows(rows, { key: 'annualUsd', dir: 'desc' }));
  out['graph nodes'] = graph.nodes.length;
  out['graph edges'] = graph.edges.length;
  out['buildGraph (all rows) ms'] = median(() => buildGraph(rows, kindOf));
  out['pictureOf (1,500 heaviest edges) ms'] = median(() => pictureOf(graph, ''));
  out['timeline buckets (month) ms'] = median(() => bucketRows(rows, 'month', 'Company 0'));
  out['CSV of all rows ms'] = median(() => dealsCsv(rows), 5);
  const layout = computeLayout(graph);
  out['layout simulation (once per data version) ms'] = median(() => computeLayout(graph), 3);
  // A network filter change without the DOM: filter, graph of the filtered rows, picture, the
  // canvas segments and their paths (the drawing itself and Preact's diff are measured in Chromium).
  const maxUsd = Math.max(...graph.nodes.map((n) => n.disclosedUsd));
  const radius = new Map(
    graph.nodes.map((n) => [n.name, nodeRadius(n.disclosedUsd, maxUsd, maxRadiusFor(graph.nodes.length))]),
  );
  const networkChange = (x: Partial<DealFilter>) => {
    const pic = pictureOf(buildGraph(filterRows(rows, f(x)), kindOf), '');
    return groupSegments(segmentsOf(pic, layout, radius), () => 'normal');
  };
  out['worst network filter change before drawing (filter + graph + picture + canvas paths) ms'] = Math.max(
    ...filters.map((x) => median(() => networkChange(x))),
  );
  const segments = segmentsOf(pictureOf(graph, ''), layout, radius);
  out['link hit-test (nearest of 1,500 segments) ms'] = median(() => nearestSegment(segments, 500, 350, 4), 51);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [k, v] of Object.entries(await run())) console.log(`${k}: ${v}`);
}
