// The lookup a scan asks of the background: planned in requests within the limits (on-screen marks
// first, ./lookup-order.ts), asked one after another when the page is idle, merged as they come.
// The first answer is recorded in the reading trail; every answer rebuilds an open tooltip.
import { FX_REFERENCE } from '../feed/fx-reference';
import type { LookupResult } from '../messages';
import type { DealReading } from '../reading/types';
import { LOOKUP_LIMITS, mergeLookups, planLookups } from './scan';
import { lookupMentions } from './services';
import { whenIdle } from './guard';
import { lookupPriority, onScreen } from './lookup-order';
import type { PageState } from './page-state';
import type { Perf } from './perf';

interface LookupRunDeps {
  state: PageState;
  perf: Perf;
  /** Rebuilds an open tooltip with the fresh answer (stale protection the other way round). */
  refresh(): void;
  recordTrail(result: LookupResult, readings: DealReading[]): Promise<unknown>;
}

/** Returns `requestLookup(gen)`: asks for the current mentions unless scan `gen` is stale. */
export function createLookupRun(deps: LookupRunDeps): (gen: number) => Promise<void> {
  const { state, perf } = deps;

  const priority = () => {
    const { index } = state;
    const figures = index.mentions.filter((m) => m.type !== 'company').length;
    const rect = (i: number) => index.ranges[i]?.getBoundingClientRect();
    return lookupPriority(figures, LOOKUP_LIMITS.figures, index.chunkOf, () =>
      onScreen(index.size, rect, window.innerHeight),
    );
  };

  const firstAnswer = (result: LookupResult) => {
    perf.update({ lookupAt: performance.now() });
    deps
      .recordTrail(result, state.index.allReadings())
      .catch((e: unknown) => console.debug('[DealLens] reading trail', e));
    deps.refresh();
  };

  return async (gen) => {
    const mentions = state.index.mentions;
    if (!mentions.length) return;
    try {
      const plans = perf.slice(() => planLookups(mentions, FX_REFERENCE, priority()), 'lookup-plan');
      const results: LookupResult[] = [];
      for (const plan of plans) {
        if (results.length) await new Promise<void>((r) => whenIdle(() => r()));
        if (gen !== state.generation) return;
        results.push(await lookupMentions(mentions, plan));
        if (gen !== state.generation) return;
        state.lookup = results.length === 1 ? results[0] : mergeLookups(results);
        if (results.length === 1) firstAnswer(state.lookup);
        else deps.refresh();
      }
    } catch (e) {
      console.debug('[DealLens] lookup failed', e);
    }
  };
}
