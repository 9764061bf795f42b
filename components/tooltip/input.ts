// What the tooltip's lines are built from and into: the input a mention brings, and a labeled line.
// Its own module so that model.ts (which assembles) and lines.ts (which computes) both point down to it.
import type { Mention } from '../../lib/extract/types';
import type { DealReading } from '../../lib/reading/types';
import type { PageMatch } from '../../lib/deals/my-deals-match';
import type { FxTable } from '../../lib/feed/types';
import type { LookupResult } from '../../lib/messages';
import type { DisplaySettings } from '../../lib/settings';

export interface Line {
  label: string;
  value: string;
  /** Context after the value ("market $2.49–$3.99 for H100"). */
  note?: string;
  /** Present on estimates: shown as "estimate", with these assumptions on demand. */
  assumptions?: string[];
}

export interface TooltipInput {
  mention: Mention;
  index: number;
  /** The deal reading this mention belongs to (lib/reading), if any: its accelerators size the
   *  implied price, its words lead the tooltip. */
  reading: DealReading | null;
  /** The cached or saved deal that reading reports (lib/deals/my-deals-match.ts), with why. A plain
   *  ReadingMatch (no `mine`) is a cached one. */
  match: (Omit<PageMatch, 'mine'> & { mine?: boolean }) | null;
  lookup: LookupResult | null;
  display: Pick<DisplaySettings, 'currency' | 'numbers'>;
  /** FX table to use when the lookup has none yet. */
  fx: FxTable | null;
}
