// One conversion point: a figure is converted once, at display, with the cache's dated table, so
// the tooltip and the popup show the same number for it, whatever the extractor baked in.
import { describe, expect, it } from 'vitest';
import type { MoneyMention } from '../../lib/extract/types';
import type { FxTable } from '../../lib/feed/types';
import type { LookupResult } from '../../lib/messages';
import { buildTooltip } from '../tooltip/model';
import { moneyValue } from './figureText';

const FEED_FX: FxTable = { date: '2026-11-20', base: 'USD', usdPer: { USD: 1, EUR: 1.3 }, source: 'feed' };
const euros = {
  type: 'money',
  text: '€2 billion',
  start: 0,
  end: 10,
  currency: 'EUR',
  amount: 2e9,
  period: 'one-time',
  // What an extractor with the bundled table (1.16) once baked in: no surface may show it.
  usd: 2.32e9,
} as MoneyMention;
const lookup: LookupResult = { deals: [], companies: {}, standings: [], reference: { accelerators: [], fx: FEED_FX } };

describe('"€2 billion" with a feed rate of 1.30', () => {
  it('is $2.6B in the tooltip, labelled with the feed table date, and in the popup', () => {
    const model = buildTooltip({
      mention: euros,
      index: 0,
      reading: null,
      match: null,
      lookup,
      display: { currency: 'USD', numbers: 'compact' },
      fx: null,
    });
    const inUsd = model.lines.find((l) => l.label === 'In USD');
    expect(inUsd).toMatchObject({ value: '$2.6B', note: 'FX of 2026-11-20' });
    expect(moneyValue(euros, 'USD', FEED_FX, 'compact')).toBe('$2.6B');
  });
});
