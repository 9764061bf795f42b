// Our own filtering work, measured: performance.now() from a filter change to the commit of the
// views it re-renders (filter + sort + graph + render; no layout simulation, which is cached).
// Published as JSON in <html data-explore-perf> for the e2e test and the bench.
interface FilterTiming {
  /** Filter (and graph of the filtered rows) in ms. */
  filterMs: number;
  /** From the change to the views' commit, in ms (filterMs included). */
  totalMs: number;
  rows: number;
}

let started: number | null = null;
let filterMs = 0;
const history: FilterTiming[] = [];

export const markFilterStart = (): void => {
  started = performance.now();
};
export const recordFilter = (ms: number): void => {
  filterMs = ms;
};

/** Called after the commit that follows a filter change. */
export function markCommitted(rows: number, root: HTMLElement): void {
  if (started === null) return;
  history.push({ filterMs, totalMs: performance.now() - started, rows });
  started = null;
  root.setAttribute('data-explore-perf', JSON.stringify(history.slice(-50)));
}
