// The popup's, options page's and explorer's own words in German and Japanese: deal cards, figure
// rows, feed errors and relative times from the messages, figures through the one formatter.
import { afterEach, describe, expect, it } from 'vitest';
import { inLocale, plain } from '../test/unit/locales';
import english from '../public/_locales/en/messages.json';
import { plural, t, useMessages } from '../lib/i18n';
import type { DealValue } from '../lib/feed/types';
import type { GpuMention, MoneyMention } from '../lib/extract/types';
import { FEED_URL_ERRORS } from '../lib/sync/feed-url';
import { dealValueText } from './DealCard';
import { gpuValue, moneyValue } from './popup/figureText';
import { plainError } from './ui/plainError';
import { relativeTime } from './ui/time';

const value: DealValue = { amount: 2.5e9, currency: 'EUR', period: 'month', termMonths: 18, total: 45e9 } as DealValue;
const quarterly = {
  type: 'money',
  text: '',
  start: 0,
  end: 0,
  currency: 'USD',
  amount: 5e8,
  period: 'quarter',
  termMonths: 36,
} as MoneyMention;
const gpus = { type: 'gpu', text: '', start: 0, end: 0, count: 2000 } as GpuMention;

describe('the interface’s own words', () => {
  afterEach(() => useMessages(english));

  it('in English, as before', () => {
    expect(dealValueText(value)).toBe('€2.5B a month for 18 months (€45B total)');
    expect(plural('popupUnclear', 2)).toBe('2 figures left unmarked: number format unclear');
  });

  it('in German: deal values, popup rows, unmarked figures, feed errors, times', () => {
    inLocale('de');
    expect(plain(dealValueText(value))).toBe('2,5 Mrd. € pro Monat über 18 Monate (insgesamt 45 Mrd. €)');
    expect(plain(moneyValue(quarterly, 'USD', null, 'compact'))).toBe(
      '500 Mio. $/Quartal → 2 Mrd. $ pro Jahr · 6 Mrd. $ über 3 Jahre',
    );
    expect(plain(gpuValue(gpus, 'full'))).toBe('2.000 Beschleuniger');
    expect(plural('popupUnclear', 1)).toBe('1 Zahl nicht markiert: Zahlenformat unklar');
    expect(plural('popupUnclear', 2)).toBe('2 Zahlen nicht markiert: Zahlenformat unklar');
    expect(plainError('server answered HTTP 503')).toBe(
      'Der Feed-Server hatte ein Problem (HTTP 503); DealLens versucht es später erneut.',
    );
    expect(FEED_URL_ERRORS.credentials).toMatch(/Benutzernamen/);
    const now = Date.parse('2026-05-20T12:00:00Z');
    expect(relativeTime('2026-05-20T11:55:00Z', now)).toBe('vor 5 Minuten');
    expect(t('optCachedTotals', plural('countDeals', 12), plural('popupCompanies', 1), '')).toBe(
      '12 Deals und 1 Unternehmen im Cache.',
    );
  });

  it('in Japanese: one plural form, counters and the words around figures', () => {
    inLocale('ja');
    expect(plain(dealValueText(value))).toMatch(/^月額 €25億、18か月 ?（総額 €450億）$/);
    expect(plain(gpuValue(gpus, 'full'))).toBe('アクセラレータ 2,000基');
    expect(plural('popupUnclear', 1)).toBe('数字 1件は未マーク：数値の書式が不明確');
    expect(plural('popupUnclear', 2)).toBe('数字 2件は未マーク：数値の書式が不明確');
    expect(plural('countDeals', 3)).toBe('取引 3件');
    expect(t('exploreViewTimeline')).toBe('タイムライン');
  });
});
