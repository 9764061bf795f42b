import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/extract/types';
import { describeMention, mentionTable } from '../../scripts/demo-table';

const rate: Mention = {
  type: 'money',
  text: '$1.2 billion a month',
  start: 0,
  end: 20,
  currency: 'USD',
  amount: 1.2e9,
  period: 'month',
};

describe('demo table', () => {
  it('explains a monthly rate with its annual value', () => {
    expect(describeMention(rate)).toBe('$1.2B/month = $14.4B/year');
  });

  it('explains ranges, euro amounts, GPU counts and power', () => {
    expect(
      describeMention({
        type: 'money',
        text: 'x',
        start: 0,
        end: 1,
        currency: 'USD',
        amount: 6e9,
        amountHigh: 8e9,
        period: 'one-time',
      }),
    ).toBe('$6B–$8B');
    expect(
      describeMention(
        {
          type: 'money',
          text: 'x',
          start: 0,
          end: 1,
          currency: 'EUR',
          amount: 2.5e9,
          period: 'one-time',
          termMonths: 48,
        },
        { date: '2026-01-05', base: 'USD', usdPer: { USD: 1, EUR: 1.08 }, source: 'test rates' },
      ),
    ).toBe('€2.5B ≈ $2.7B over 48 months');
    expect(
      describeMention({ type: 'gpu', text: 'x', start: 0, end: 1, count: 200000, model: 'GB300', vendor: 'NVIDIA' }),
    ).toBe('200,000 × NVIDIA GB300');
    expect(describeMention({ type: 'power', text: 'x', start: 0, end: 1, watts: 1.4e9 })).toBe('1.4 GW');
    expect(
      describeMention({
        type: 'money',
        text: 'x',
        start: 0,
        end: 1,
        currency: 'USD',
        amount: 312.4,
        period: 'one-time',
      }),
    ).toBe('$312.40');
  });

  it('tables the figures with aligned columns and names each company once', () => {
    const oracle: Mention = { type: 'company', text: 'Oracle', start: 0, end: 6, canonical: 'Oracle' };
    const aws: Mention = { type: 'company', text: 'AWS', start: 60, end: 63, canonical: 'Amazon' };
    const lines = mentionTable([oracle, rate, { ...oracle, start: 50, end: 56 }, aws]).split('\n');
    expect(lines).toHaveLength(5); // header, rule, the rate, blank, companies
    expect(lines[2]).toMatch(/^money\s+\$1\.2 billion a month\s+\$1\.2B\/month/);
    expect(lines[2].indexOf('$1.2B/month')).toBe(lines[0].indexOf('meaning'));
    expect(lines[4]).toBe('companies (2): Oracle, Amazon');
  });
});
