import { describe, expect, it } from 'vitest';
import {
  decimals,
  formatCount,
  formatList,
  formatMoney,
  formatMoneyRange,
  formatNumber,
  formatWatts,
  formatWattHours,
  ordinal,
  formatPrice,
} from './format';
import { annualize, totalOverTerm } from './period';

describe('format', () => {
  it('writes compact money with three significant figures, a trailing zero only when rounding put it there', () => {
    expect(formatMoney(15e9)).toBe('$15B');
    expect(formatMoney(15.04e9)).toBe('$15.0B');
    expect(formatMoney(4.996e9)).toBe('$5.0B');
    expect(formatMoney(300e9)).toBe('$300B');
    expect(formatMoney(2.16e9, 'EUR')).toBe('€2.16B');
    expect(formatMoney(1.25e9)).toBe('$1.25B');
    expect(formatMoney(5e9)).toBe('$5B');
    expect(formatMoney(1.5e9)).toBe('$1.5B');
    expect(formatMoney(12e9, 'SEK')).toBe('12B SEK');
    expect(formatMoney(15e9, 'USD', { style: 'full' })).toBe('$15,000,000,000');
  });
  it('rounds full figures from a million up to three significant figures, in every language', () => {
    // €1.25B a month converted at an FX rate: the digits past the third are the rate's noise.
    expect(formatMoney(1_077_586_207, 'EUR', { style: 'full' })).toBe('€1,080,000,000');
    expect(formatNumber(123_456, { style: 'full' })).toBe('123,456');
    expect(formatMoney(1_077_586_207, 'EUR', { style: 'full', locale: 'de' }).replace(/\u00a0/g, ' ')).toBe(
      '1.080.000.000 €',
    );
  });
  it('writes lists and factors in the reader’s language', () => {
    expect(formatList(['1M B200', '1.43M H100'], 'or')).toBe('1M B200 or 1.43M H100');
    expect(formatList(['A', 'B', 'C'], 'and', 'de')).toBe('A, B und C');
    expect(decimals(1.3, 2, undefined)).toBe('1.3');
    expect(decimals(1.3, 2, 'fr')).toBe('1,3');
  });
  it('writes ranges one way: both ends in full', () => {
    expect(formatMoneyRange(2.9e9, 7.3e9)).toBe('$2.9B–$7.3B');
    expect(formatMoneyRange(6e9, 8e9)).toBe('$6B–$8B');
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
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal(n))).toEqual([
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

describe('format in the reader’s language', () => {
  // Intl joins number and word with no-break spaces; the tests read them as spaces.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it('writes German figures with Intl’s words and marks, rounded the same way', () => {
    const de = { locale: 'de' };
    expect(plain(formatMoney(1.25e9, 'USD', de))).toBe('1,25 Mrd. $');
    expect(plain(formatMoney(5e9, 'EUR', de))).toBe('5 Mrd. €');
    expect(plain(formatMoney(4.996e9, 'EUR', de))).toBe('5,0 Mrd. €');
    expect(plain(formatMoney(15e9, 'USD', { ...de, style: 'full' }))).toBe('15.000.000.000 $');
    expect(plain(formatWatts(4.5e9, 'de'))).toBe('4,5 GW');
    expect(plain(formatCount(200000, de))).toBe('200.000');
    expect(plain(formatPrice(2.4937, 'USD', 'de'))).toBe('2,49 $');
    // A chart's zero and a whole small sum carry no cents; a fraction keeps two.
    expect(plain(formatMoney(0, 'USD', de))).toBe('0 $');
    expect(plain(formatMoney(12.5, 'EUR', de))).toBe('12,50 €');
    expect(ordinal(3, 'de')).toBe('3.');
  });
  it('writes Japanese figures in 万 and 億', () => {
    expect(plain(formatMoney(1.25e9, 'USD', { locale: 'ja' }))).toBe('$12.5億');
    expect(plain(formatMoney(3e11, 'JPY', { locale: 'ja' }))).toBe('￥3000億');
    expect(plain(formatNumber(50000, { locale: 'ja' }))).toBe('5万');
    expect(plain(formatWattHours(39.42e12, 'ja'))).toBe('39.4 TWh');
    expect(ordinal(2, 'ja')).toBe('2番目');
  });
  it('keeps the English forms for every English locale and by default in tests', () => {
    expect(plain(formatMoney(1.25e9, 'USD', { locale: 'en-GB' }))).toBe('$1.25B');
    expect(plain(formatMoney(1.25e9))).toBe('$1.25B');
    expect(plain(formatCount(200000))).toBe('200,000');
  });
  it('writes currencies Intl does not know after the number', () => {
    expect(plain(formatMoney(2e9, 'XYZ1', { locale: 'fr' }))).toBe('2 Md XYZ1');
  });
});
