import { describe, expect, it } from 'vitest';
import { moneyRangeWords, moneyTermsWords, moneyWords, readingWords, termWords } from './words';

describe('money words', () => {
  it('drops a trailing ".0" and keeps significant decimals', () => {
    expect(moneyWords(15e9)).toBe('$15B');
    expect(moneyWords(2.4e9)).toBe('$2.4B');
    expect(moneyWords(600e6, 'EUR')).toBe('€600M');
    expect(moneyWords(1.25e9)).toBe('$1.25B');
  });
  it('writes one range style', () => {
    expect(moneyRangeWords(2.9e9, 7.3e9)).toBe('$2.9B–$7.3B');
    expect(moneyRangeWords(2.9e9, undefined)).toBe('$2.9B');
  });
  it('writes terms in years when whole, else months', () => {
    expect(termWords(48)).toBe('4 years');
    expect(termWords(12)).toBe('1 year');
    expect(termWords(18)).toBe('18 months');
  });
  it('writes a rate with its term and what it comes to', () => {
    expect(moneyTermsWords({ currency: 'USD', amount: 600e6, period: 'year', termMonths: 48 })).toBe(
      '$600M a year for 4 years = $2.4B',
    );
    expect(moneyTermsWords({ currency: 'USD', amount: 2.4e9, period: 'one-time', termMonths: 60 })).toBe(
      '$2.4B over 5 years',
    );
    expect(moneyTermsWords({ currency: 'USD', amount: 50e6, period: 'month' })).toBe('$50M a month');
    expect(moneyTermsWords({ currency: 'USD', period: 'one-time' })).toBe('');
  });
});

describe('readingWords', () => {
  const lease = {
    kind: 'compute-lease' as const,
    parties: [
      { name: 'Vantor AI', role: 'buyer' },
      { name: 'Borealis Compute', role: 'seller' },
    ],
    money: { currency: 'USD', amount: 600e6, period: 'year' as const, termMonths: 48 },
    gpus: { count: 24_000, model: 'B200' },
    powerWatts: null,
    status: 'confirmed',
  };
  it('says who pays whom, how much, for what', () => {
    expect(readingWords(lease)).toBe(
      'Vantor AI (buyer) pays Borealis Compute (seller) $600M a year for 4 years = $2.4B · 24,000 B200 · ' +
        'compute lease · confirmed',
    );
  });
  it('says who buys whom from whom', () => {
    const sale = {
      ...lease,
      kind: 'acquisition' as const,
      parties: [
        { name: 'Quill', role: 'acquirer' },
        { name: 'Dune Grid', role: 'target' },
        { name: 'Halcyon', role: 'seller' },
      ],
      money: { currency: 'USD', amount: 2e9, period: 'one-time' as const },
      gpus: null,
      status: 'reported',
    };
    expect(readingWords(sale)).toBe(
      'Quill (acquirer) buys Dune Grid (target) from Halcyon (seller) for $2B · acquisition · reported',
    );
  });
  it('names every backer of a round and the company that raises it', () => {
    const round = {
      ...lease,
      kind: 'funding-round' as const,
      parties: [
        { name: 'Ardent', role: 'investor' },
        { name: 'Cobalt', role: 'investor' },
        { name: 'Quill', role: 'investee' },
      ],
      money: { currency: 'USD', amount: 400e6, period: 'one-time' as const },
      gpus: null,
    };
    expect(readingWords(round)).toBe(
      'Ardent and Cobalt (investors) invest $400M in Quill (investee) · funding round · confirmed',
    );
  });
});
