// What the content script needs of a tooltip, declared here so lib/ never imports components/
// (the layer rule, scripts/layers.cjs). entrypoints/annotate.ts hands in the Preact tooltip
// (components/tooltip: buildTooltip and createTooltipHost), which fits these shapes.
import type { Mention } from '../extract/types';
import type { FxTable } from '../feed/types';
import type { DealReading } from '../reading/types';
import type { PageMatch } from '../deals/my-deals-match';
import type { LookupResult } from '../messages';
import type { DisplaySettings } from '../settings';

/** What a tooltip is built from: one mention and what the page and the cache know about it. */
export interface TooltipRequest {
  mention: Mention;
  index: number;
  reading: DealReading | null;
  match: PageMatch | null;
  lookup: LookupResult | null;
  display: Pick<DisplaySettings, 'currency' | 'numbers'>;
  /** FX table to use when the lookup has none yet. */
  fx: FxTable | null;
}

/** The one tooltip host on the page, showing models of type M. */
interface TooltipHostPort<M> {
  /** Creates the host and parses the styles (called when idle, before the first hover). */
  prepare(): void;
  show(
    model: M,
    anchor: DOMRect,
    opts: { numbers: DisplaySettings['numbers']; focus?: boolean; theme?: DisplaySettings['tooltipTheme'] },
  ): void;
  hide(): void;
  /** Whether an event target is inside the tooltip. */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

interface TooltipHostHooks {
  onEnter(): void;
  onLeave(): void;
  onExplore?(company: string): void;
  onSave?(): Promise<unknown>;
}

/** The tooltip the annotator is started with: a model builder and a host factory. */
export interface TooltipParts<M> {
  build(request: TooltipRequest): M;
  createHost(doc: Document, hooks: TooltipHostHooks): TooltipHostPort<M>;
}
