// Our own main-thread cost, measured slice by slice (a slice = synchronous work between yields).
// Always counted (a few performance.now() calls); published to the page only when the page opts in
// with <meta name="deallens-bench">, as JSON in <html data-deallens-perf>, for the bench and e2e.

export interface PerfReport {
  /** Sum of our synchronous slices, ms. */
  busyMs: number;
  longestMs: number;
  /** Which step the longest slice was. */
  longestStep: string;
  slices: number;
  /** performance.now() when the marks were first set, and when the script started. */
  startedAt: number;
  marksReadyAt: number | null;
  /** Work of the last tooltip shown (build + render + place), ms. */
  lastHoverMs: number | null;
  /** Whether the first scan found candidates (and so loaded the extractor). */
  extractorLoaded: boolean;
  mentions: number;
  /** performance.now() when the background's lookup answer arrived. */
  lookupAt: number | null;
  /** Per step ('extract', 'read', 'ranges', …): slices, total ms, the first slice's ms (cold code)
   *  and the longest. */
  steps: Record<string, StepCost>;
}

interface StepCost {
  count: number;
  ms: number;
  firstMs: number;
  maxMs: number;
}

export function createPerf(doc: Document) {
  const report: PerfReport = {
    busyMs: 0,
    longestMs: 0,
    longestStep: '',
    slices: 0,
    lookupAt: null,
    startedAt: performance.now(),
    marksReadyAt: null,
    lastHoverMs: null,
    extractorLoaded: false,
    mentions: 0,
    steps: {},
  };
  let publish: boolean | null = null;
  const flush = () => {
    publish ??= !!doc.querySelector('meta[name="deallens-bench"]');
    if (publish) doc.documentElement.setAttribute('data-deallens-perf', JSON.stringify(report));
  };
  return {
    report,
    /** Runs `fn` as one timed slice. */
    slice<T>(fn: () => T, step = 'work'): T {
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        const ms = performance.now() - t0;
        report.busyMs += ms;
        report.slices++;
        const cost = (report.steps[step] ??= { count: 0, ms: 0, firstMs: ms, maxMs: 0 });
        cost.count++;
        cost.ms += ms;
        cost.maxMs = Math.max(cost.maxMs, ms);
        if (ms > report.longestMs) {
          report.longestMs = ms;
          report.longestStep = step;
        }
      }
    },
    update(patch: Partial<PerfReport>) {
      Object.assign(report, patch);
      flush();
    },
    flush,
  };
}

export type Perf = ReturnType<typeof createPerf>;
