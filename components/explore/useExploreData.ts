// The explorer's data: the whole cache once (the `explore-data` request), as rows, a kind lookup
// and the money-flow graph of every deal (the layout is computed from this full graph so
// filtering never moves a node).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendToBackground, type ExploreData } from '../../lib/messages';
import { buildGraph, type Graph } from './graph';
import { kindLookup, toRows, type DealRow } from './rows';
import type { CompanyKind } from '../../lib/feed/types';

interface ExploreState {
  data: ExploreData | null;
  error: string | null;
  rows: DealRow[];
  kindOf: (name: string) => CompanyKind;
  fullGraph: Graph;
}

export function useExploreData(): ExploreState {
  const [data, setData] = useState<ExploreData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendToBackground({ type: 'explore-data' })
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return useMemo(() => {
    const rows = data ? toRows(data) : [];
    const kindOf = kindLookup(data?.companies ?? []);
    return { data, error, rows, kindOf, fullGraph: buildGraph(rows, kindOf) };
  }, [data, error]);
}
