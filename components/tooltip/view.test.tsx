import { describe, expect, it } from 'vitest';
import type { FxTable } from '../../lib/feed/types';
import { safeHref, showHourly, showUsd, termWords } from './view';

const FX: FxTable = { date: '2026-11-20', base: 'USD', usdPer: { USD: 1, EUR: 1.25 }, source: 'test' };

describe('tooltip view helpers', () => {
  it('shows USD in the reader currency through the FX table', () => {
    expect(showUsd(15e9, { currency: 'USD', numbers: 'compact' }, FX)).toBe('$15B');
    expect(showUsd(15e9, { currency: 'EUR', numbers: 'compact' }, FX)).toBe('€12B');
    // No rate for the display currency: stay in USD rather than invent one.
    expect(showUsd(15e9, { currency: 'GBP', numbers: 'compact' }, FX)).toBe('$15B');
    expect(showHourly(2.5, { currency: 'EUR' }, FX)).toBe('€2.00');
  });
  it('keeps only http(s) links', () => {
    expect(safeHref('https://example.com/a?b')).toBe('https://example.com/a?b');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
  it('words terms', () => {
    expect(termWords(60)).toBe('5 years');
    expect(termWords(12)).toBe('1 year');
    expect(termWords(18)).toBe('18 months');
  });
});
