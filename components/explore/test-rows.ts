// Rows for the explorer's unit tests, from the shared synthetic-feed builders.
import type { Deal } from '../../lib/feed/types';
import { deal } from '../../test/fixtures/feeds/generate';
import { toRows, type DealRow } from './rows';

/** One row; `usd` sets the derived figures the background would send. */
export function row(
  id: string,
  parties: [string, string],
  over: Partial<Deal> = {},
  usd: { annual?: number; disclosed?: number } = {},
): DealRow {
  const d = deal(id, parties, over);
  return toRows({
    deals: [
      {
        deal: d,
        annualUsd: usd.annual ?? null,
        oneOffUsd: null,
        totalUsd: null,
        disclosedUsd: usd.disclosed ?? usd.annual ?? null,
      },
    ],
  })[0];
}
