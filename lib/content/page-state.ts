// What the annotator knows about the page between scans, in one object the wiring's parts share
// (lib/content/controller.ts makes it; scan-page, lookup-run, tooltip-control and tab-requests read
// and write it). A new scan bumps `generation`: async work started by an older scan sees the change
// and drops its result.
import type { LookupResult } from '../messages';
import { PageIndex } from './page-index';

export type ShownVia = 'pointer' | 'keyboard';

export interface PageState {
  /** Bumped by every teardown; a scan compares its own generation before writing. */
  generation: number;
  index: PageIndex;
  /** Figures left unmarked because their number format was unclear, for the popup; keyed by window
   *  text, so a window read again (a company learned later) replaces its count rather than adding. */
  unclear: Map<string, number>;
  lookup: LookupResult | null;
  /** Why the page is not annotated (a blocked site, no article), for the popup. */
  reason: string | undefined;
  /** The running scan, awaited (briefly) by the popup's page summary. */
  scanning: Promise<void>;
  /** The reader asked from the popup: a site switched off (or on-click mode) does not stop it. */
  forced: boolean;
  /** The mention whose tooltip is open, and how it was opened. */
  open: { index: number; via: ShownVia | null };
}

export function newPageState(forced: boolean): PageState {
  return {
    generation: 0,
    index: new PageIndex(),
    unclear: new Map(),
    lookup: null,
    reason: undefined,
    scanning: Promise.resolve(),
    forced,
    open: { index: -1, via: null },
  };
}

/** Records how many figures of one window of text were left unclear (none forgets the window). */
export function noteUnclear(unclear: Map<string, number>, text: string, count: number): void {
  if (count) unclear.set(text, count);
  else unclear.delete(text);
}

/** Unclear figures on the page: the sum over its windows. */
export function unclearTotal(unclear: ReadonlyMap<string, number>): number {
  return [...unclear.values()].reduce((a, b) => a + b, 0);
}
