import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatWatts, formatWattHours, ordinal, formatPrice } from './format';
import { annualize, totalOverTerm } from './period';

describe('format', () => {
  it('writes compact money with one decimal below 100 of a scale', () => {
    expect(formatMoney(15e9)).toBe('$15.0B');
    expect(formatMoney(300e9)).toBe('$300B');
    expect(formatMoney(2.16e9, 'EUR')).toBe('€2.16B');
    expect(formatMoney(1.25e9)).toBe('$1.25B');
    expect(formatMoney(5e9)).toBe('$5.0B');
    expect(formatMoney(1.5e9)).toBe('$1.5B');
    expect(formatMoney(12e9, 'SEK')).toBe('12.0B SEK');
    expect(formatMoney(15e9, 'USD', { style: 'full' })).toBe('$15,000,000,000');
  });
  it('keeps small numbers and cents readable', () => {
    expect(formatNumber(950)).toBe('950');
    expect(formatPrice(2.4937)).toBe('$2.49');
  });
  it('writes power and energy with the right unit', () => {
    expect(formatWatts(4.5e9)).toBe('4.5 GW');
    expect(formatWatts(300e6)).toBe('300 MW');
    expect(formatWatts(700)).toBe('700 W');
    expect(formatWattHours(39.42e12)).toBe('39.4 TWh');
  });
  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});

describe('annualize', () => {
  it('turns rates into yearly values and leaves one-time amounts alone', () => {
    expect(annualize(1.25e9, 'month')).toBe(15e9);
    expect(annualize(2e9, 'quarter')).toBe(8e9);
    expect(annualize(3e9, 'year')).toBe(3e9);
    expect(annualize(3e9, 'one-time')).toBeNull();
  });
  it('totals a rate over its term', () => {
    expect(totalOverTerm(1e9, 'month', 36)).toBe(36e9);
    expect(totalOverTerm(300e9, 'one-time', 60)).toBe(300e9);
    expect(totalOverTerm(1e9, 'month', undefined)).toBeNull();
  });
});
