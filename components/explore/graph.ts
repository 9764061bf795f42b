// Deals as a money-flow graph: companies are nodes, and each deal adds an edge in the direction
// the money goes (buyer → seller, investor → investee, acquirer → target). Deals between the
// same two companies in the same direction share one drawn edge (its width is their sum), so
// 1,000 deals stay readable. Partner-only deals (joint ventures) have no direction: they link
// every pair of partners, marked `mutual`. Pure.
import type { CompanyKind, PartyRole } from '../../lib/feed/types';
import type { DealRow } from './rows';

export interface GraphNode {
  name: string;
  kind: CompanyKind;
  /** Sum of the disclosed USD values of the company's deals (what the node's size shows). */
  disclosedUsd: number;
  deals: number;
}

export interface GraphEdge {
  /** `${from}→${to}` */
  key: string;
  from: string;
  to: string;
  mutual: boolean;
  /** Sum of the deals' annualized USD value, or their disclosed value when they state no rate. */
  weightUsd: number;
  dealIds: string[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const PAYS: PartyRole[] = ['buyer', 'investor', 'acquirer'];
const PAID: PartyRole[] = ['seller', 'investee', 'target'];

/** The [from, to] pairs of one deal, in money-flow direction. */
export function flows(row: DealRow): { from: string; to: string; mutual: boolean }[] {
  const parties = row.deal.parties;
  const payers = parties.filter((p) => PAYS.includes(p.role)).map((p) => p.name);
  const payees = parties.filter((p) => PAID.includes(p.role)).map((p) => p.name);
  const out: { from: string; to: string; mutual: boolean }[] = [];
  if (payers.length && payees.length) {
    for (const from of payers) for (const to of payees) if (from !== to) out.push({ from, to, mutual: false });
    return out;
  }
  // No payer/payee pair: partners (or a one-sided record) are linked both ways, once per pair.
  const names = row.parties;
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push({ from: names[i], to: names[j], mutual: true });
  return out;
}

/** Value a deal adds to an edge's width: its annual rate, else its disclosed value, else 0. */
export const edgeValue = (r: DealRow): number => r.annualUsd ?? r.disclosedUsd ?? 0;

// A row's flows with their edge keys, worked out once per row: filtering rebuilds the graph of
// the filtered rows on every keystroke, and this halves that work at 10,000 deals.
const flowCache = new WeakMap<DealRow, { key: string; from: string; to: string; mutual: boolean }[]>();
function keyedFlows(r: DealRow) {
  let list = flowCache.get(r);
  if (!list) flowCache.set(r, (list = flows(r).map((f) => ({ key: `${f.from}→${f.to}`, ...f }))));
  return list;
}

export function buildGraph(rows: readonly DealRow[], kindOf: (name: string) => CompanyKind): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const r of rows) {
    for (const name of r.parties) {
      let node = nodes.get(name);
      if (!node) nodes.set(name, (node = { name, kind: kindOf(name), disclosedUsd: 0, deals: 0 }));
      node.deals++;
      node.disclosedUsd += r.disclosedUsd ?? 0;
    }
    for (const f of keyedFlows(r)) {
      const { key } = f;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { key, from: f.from, to: f.to, mutual: f.mutual, weightUsd: 0, dealIds: [] }));
      edge.weightUsd += edgeValue(r);
      edge.dealIds.push(r.id);
      edge.mutual &&= f.mutual;
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
