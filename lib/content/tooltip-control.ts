// Which tooltip is open, and showing, refreshing and hiding it: a mention's request built from the
// page state (its reading, the cache's match, the lookup), placed at its range and marked active.
// Saving a reading from the tooltip lands here too, so the open tooltip shows it saved at once.
import { FX_REFERENCE } from '../feed/fx-reference';
import { anchorRect } from '../dom/ranges';
import type { Marks } from '../dom/marks';
import type { DealReading } from '../reading/types';
import type { Deal } from '../feed/types';
import type { DisplaySettings } from '../settings';
import { matchPage, withSavedDeal } from '../deals/my-deals-match';
import { saveReading } from './my-deals';
import { openExplorer } from './services';
import { guard, whenIdle } from './guard';
import type { PageState, ShownVia } from './page-state';
import type { TooltipParts, TooltipRequest } from './tooltip-port';
import type { Perf } from './perf';

export interface TooltipControl {
  show(i: number, via: ShownVia): void;
  hide(): void;
  /** Rebuilds an open tooltip (a fresh lookup answer, a saved deal). */
  refresh(): void;
  /** Makes the host and its styles when idle, measured like every slice of ours. */
  prepare(): void;
  contains(target: EventTarget | null): boolean;
  saveToMyDeals(reading: DealReading | null): Promise<{ deal: Deal }>;
  destroy(): void;
}

interface TooltipControlDeps<M> {
  doc: Document;
  state: PageState;
  marks: Marks;
  perf: Perf;
  parts: TooltipParts<M>;
  display: () => DisplaySettings;
  onEnter(): void;
  onLeave(): void;
}

/** The request the tooltip of mention `i` is built from (pure over the state). */
function tooltipRequest(state: PageState, i: number, display: DisplaySettings, href: string): TooltipRequest {
  const { index, lookup } = state;
  const reading = index.readingOf(i);
  const fx = lookup?.reference.fx ?? FX_REFERENCE;
  const match = reading ? (matchPage([reading], lookup, fx, href).get(reading.id) ?? null) : null;
  return { mention: index.mentions[i], index: i, reading, match, lookup, display, fx: FX_REFERENCE };
}

export function createTooltipControl<M>(deps: TooltipControlDeps<M>): TooltipControl {
  const { doc, state, marks, perf, parts } = deps;
  const host = parts.createHost(doc, {
    onEnter: deps.onEnter,
    onLeave: deps.onLeave,
    onExplore: openExplorer,
    onSave: () => control.saveToMyDeals(state.index.readingOf(state.open.index)),
  });

  const control: TooltipControl = {
    show(i, via) {
      const range = state.index.ranges[i];
      if (!range || range.collapsed || !range.startContainer.isConnected) return;
      const t0 = performance.now();
      if (via === 'keyboard')
        (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'instant' });
      const display = deps.display();
      const model = parts.build(tooltipRequest(state, i, display, location.href));
      host.show(model, anchorRect(range), {
        numbers: display.numbers,
        theme: display.tooltipTheme,
        focus: via === 'keyboard',
      });
      marks.setActive(range);
      state.open = { index: i, via };
      perf.update({ lastHoverMs: performance.now() - t0 });
    },
    hide() {
      host.hide();
      marks.setActive(null);
      state.open = { index: -1, via: null };
    },
    refresh() {
      if (state.open.index >= 0 && state.open.via) control.show(state.open.index, state.open.via);
    },
    prepare() {
      whenIdle(
        guard(() => {
          perf.slice(() => host.prepare(), 'prepare-host');
          perf.flush();
        }),
      );
    },
    contains: (target) => host.contains(target),
    async saveToMyDeals(reading) {
      if (!reading) throw new Error('This deal reading is no longer on the page');
      const deal = await saveReading(reading, doc, location.href);
      if (state.lookup) state.lookup = withSavedDeal(state.lookup, deal);
      control.refresh();
      return { deal };
    },
    destroy: () => host.destroy(),
  };
  return control;
}
