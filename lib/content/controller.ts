// The content script's orchestration, wiring only: settings → scan (./scan-page.ts: collect,
// prefilter, extract in slices, ranges, marks) → lookup (./lookup-run.ts) → tooltips on hover and
// keyboard (./interaction.ts, ./tooltip-control.ts); settings changes, SPA navigation and the
// popup's tab requests (./tab-requests.ts). The tooltip itself is handed in (./tooltip-port.ts).
import type { MentionType } from '../extract/types';
import { companyNameSet } from '../extract';
import type { Company } from '../feed/types';
import type { TabRequest } from '../messages';
import { createMarks } from '../dom/marks';
import { stepIndex } from '../dom/spans';
import { createTrailRecorder } from './trail';
import { guard } from './guard';
import { attachInteraction } from './interaction';
import { blockedReason, loadSettings, watchSettings, type ContentSettings } from './settings-state';
import { newPageState } from './page-state';
import { readingContext } from './company-context';
import { createTooltipControl } from './tooltip-control';
import { createLookupRun } from './lookup-run';
import { createPageScan } from './scan-page';
import { createTabRequestHandler } from './tab-requests';
import type { TooltipParts } from './tooltip-port';
import type { Perf } from './perf';

export interface ContentHooks {
  /** Registers cleanup for when the extension reloads (WXT's ctx.onInvalidated). */
  onInvalidated(cb: () => void): void;
  /** Calls back on SPA navigation (WXT's wxt:locationchange). */
  onLocationChange(cb: () => void): void;
}

/** How the loader starts the annotator. `perf` is the loader's (one report per page). */
export interface StartOptions {
  /** The reader asked from the popup: a site switched off (or on-click mode) does not stop it. */
  forced?: boolean;
  /** The loader's settings (kept live by its watchers too), so they are not read twice. */
  settings?: ContentSettings;
  /** The company dictionary, already requested by the loader while this bundle loaded. */
  companies?: Promise<Company[]>;
  /** The article root the loader already found candidates in: the first scan neither looks for
   *  the root again nor runs the prefilter over the same text a second time. */
  checkedRoot?: Element;
}

export async function startContent<M>(
  hooks: ContentHooks,
  perf: Perf,
  opts: StartOptions,
  tooltipParts: TooltipParts<M>,
): Promise<{ handle(req: TabRequest): Promise<object> }> {
  const doc = document;
  const settings: ContentSettings = opts.settings ?? (await loadSettings());
  const state = newPageState(opts.forced ?? false);
  const companies = opts.companies ?? Promise.resolve([]);
  const visible = (t: MentionType) => settings.display.types[t] !== false;
  const marks = createMarks(doc);

  const interaction = attachInteraction(window, {
    hitTest: (x, y, target) => {
      if (marks.kind === 'wrapper')
        return target instanceof Element && target.closest('deallens-mark')
          ? state.index.hitTestElement(target, visible)
          : -1;
      return state.index.hitTest(doc, x, y, visible);
    },
    show: (i, via) => tooltip.show(i, via),
    hide: () => tooltip.hide(),
    shown: () => state.open,
    overTooltip: (t) => tooltip.contains(t),
    step: (from, dir) => {
      const order = state.index.documentOrder(visible);
      const next = stepIndex(order.indexOf(from), order.length, dir);
      return next < 0 ? -1 : order[next];
    },
    settings: () => settings.display,
    guard,
  });
  const tooltip = createTooltipControl({
    doc,
    state,
    marks,
    perf,
    parts: tooltipParts,
    display: () => settings.display,
    onEnter: () => interaction.enterTooltip(),
    onLeave: () => interaction.leaveTooltip(),
  });
  const scan = createPageScan({
    doc,
    state,
    perf,
    marks,
    tooltip,
    settings,
    visible,
    companies: opts.companies,
    names: companies.then(companyNameSet, () => undefined),
    readingContext: companies.then(readingContext, () => ({})),
    checkedRoot: opts.checkedRoot,
    requestLookup: createLookupRun({ state, perf, refresh: tooltip.refresh, recordTrail: createTrailRecorder() }),
  });

  let wasBlocked = blockedReason(settings, location.hostname, state.forced);
  const unwatch = watchSettings(
    settings,
    guard(() => {
      const blocked = blockedReason(settings, location.hostname, state.forced);
      if (blocked !== wasBlocked) {
        wasBlocked = blocked;
        if (blocked) scan.teardown(blocked);
        else void scan.rescan();
        return;
      }
      if (state.open.index >= 0 && !visible(state.index.mentions[state.open.index].type)) tooltip.hide();
      scan.applyMarks();
    }),
  );

  hooks.onLocationChange(
    guard(() => {
      setTimeout(scan.rescan, 300);
    }),
  );
  hooks.onInvalidated(() => {
    scan.teardown();
    interaction.detach();
    tooltip.destroy();
    unwatch.forEach((u) => u());
  });

  void scan.rescan();

  const handle = createTabRequestHandler({
    state,
    tooltip,
    step: (direction) => interaction.step(direction),
    forceRescan: () => {
      state.forced = true;
      wasBlocked = blockedReason(settings, location.hostname, state.forced);
      return scan.rescan();
    },
  });
  return { handle };
}
