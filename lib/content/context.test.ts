import { describe, expect, it } from 'vitest';
import type { Mention } from '../extract/types';
import { companiesInSentence, gpuInSentence, sentenceAround } from './context';

const TEXT =
  'Ardent Labs will pay $2.5 billion a year for 50,000 H100 chips. Other news: 10,000 B200s.\nNext 3,000 GPUs.';
const at = (s: string) => TEXT.indexOf(s);
const money: Mention = {
  type: 'money',
  text: '$2.5 billion a year',
  start: at('$2.5'),
  end: at('$2.5') + 19,
  currency: 'USD',
  amount: 2.5e9,
  period: 'year',
};
const gpu = (s: string, count: number): Mention => ({
  type: 'gpu',
  text: s,
  start: at(s),
  end: at(s) + s.length,
  count,
  model: null,
  vendor: null,
});

describe('sentenceAround', () => {
  it('does not end a sentence at a decimal point', () => {
    const [s, e] = sentenceAround(TEXT, at('billion'));
    expect(TEXT.slice(s, e)).toBe('Ardent Labs will pay $2.5 billion a year for 50,000 H100 chips.');
  });
  it('ends at a line break', () => {
    const [s, e] = sentenceAround(TEXT, at('3,000'));
    expect(TEXT.slice(s, e)).toBe('Next 3,000 GPUs.');
  });
});

describe('gpuInSentence', () => {
  it('finds the count in the same sentence only', () => {
    const mentions = [money, gpu('10,000 B200s', 10_000), gpu('50,000 H100', 50_000), gpu('3,000 GPUs', 3000)];
    expect(gpuInSentence(TEXT, mentions, 0)?.count).toBe(50_000);
    expect(gpuInSentence(TEXT, [money, gpu('10,000 B200s', 10_000)], 0)).toBeNull();
  });
});

describe('companiesInSentence', () => {
  it('lists each company of the sentence once', () => {
    const c = (s: string, canonical: string, from = 0): Mention => ({
      type: 'company',
      text: s,
      start: TEXT.indexOf(s, from),
      end: TEXT.indexOf(s, from) + s.length,
      canonical,
    });
    const mentions = [c('Ardent Labs', 'Ardent'), money, c('Next', 'Nope')];
    expect(companiesInSentence(TEXT, mentions, 1)).toEqual(['Ardent']);
  });
});
