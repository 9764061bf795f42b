import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import type { FxTable } from '../../lib/feed/types';
import { useMessages, type Messages } from '../../lib/i18n';
import { dealValueText } from '../DealCard';
import { companyKindLabel, safeHref, showHourly, showUsd } from './view';
import { rateWords, termWords } from '../../lib/figures/words';

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

describe('words in the reader’s language', () => {
  const messages = (lang: string) =>
    JSON.parse(readFileSync(join(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
  afterEach(() => useMessages(english));
  const value = { currency: 'USD', amount: 6e8, period: 'year' as const, termMonths: 48, total: 2.4e9, note: null };
  it('words rates, terms, kinds and a deal’s value in English', () => {
    expect(rateWords('$1B', 'month')).toBe('$1B a month');
    expect(rateWords('$1B', 'one-time')).toBe('$1B');
    expect(companyKindLabel('neocloud')).toBe('GPU cloud (neocloud)');
    expect(dealValueText(value)).toBe('$600M a year for 4 years ($2.4B total)');
  });
  it('and in German and Japanese, with each language’s plural forms', () => {
    useMessages(messages('de'), 'de');
    expect(termWords(12)).toBe('1 Jahr');
    expect(termWords(18)).toBe('18 Monate');
    expect(companyKindLabel('ai-lab')).toBe('KI-Labor');
    expect(dealValueText(value)?.replace(/\u00a0/g, ' ')).toBe(
      '600 Mio. $ pro Jahr über 4 Jahre (insgesamt 2,4 Mrd. $)',
    );
    useMessages(messages('ja'), 'ja');
    expect(termWords(48)).toBe('4年間');
    expect(rateWords('$6億', 'year')).toBe('年額 $6億');
  });
});
