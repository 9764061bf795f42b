// The annotator bundle (extractor, marks, tooltip), loaded by the content script's loader only on
// pages that may hold something to mark. Imported from the content script, it runs in the same
// isolated world and hands its entry point over through a global of that world. The Preact tooltip
// is handed to the annotator here: lib/ declares what it needs (lib/content/tooltip-port.ts) and
// never imports components/.
import { startContent } from '../lib/content/controller';
import type { Annotator } from '../lib/content/loader';
import type { TooltipParts } from '../lib/content/tooltip-port';
import { buildTooltip, type TooltipModel } from '../components/tooltip/model';
import { createTooltipHost } from '../components/tooltip/host';

const tooltip: TooltipParts<TooltipModel> = { build: buildTooltip, createHost: createTooltipHost };

export default defineUnlistedScript(() => {
  const annotator: Annotator = { startContent: (hooks, perf, opts) => startContent(hooks, perf, opts, tooltip) };
  (globalThis as { __deallensAnnotator?: Annotator }).__deallensAnnotator = annotator;
});
