import { describe, expect, it } from 'vitest';
import type { GpuMention, MoneyMention, PowerMention } from '../../lib/extract/types';
import type { Deal, FxTable } from '../../lib/feed/types';
import { dealValue, gpuValue, moneyValue, powerValue } from './figureText';

const fx: FxTable = { date: '2026-01-02', base: 'USD', usdPer: { EUR: 1.25, JPY: 0.005 }, source: 'test' };
const span = { text: 'x', start: 0, end: 1 };
const money = (m: Partial<MoneyMention>): MoneyMention => ({
  type: 'money',
  currency: 'USD',
  period: 'one-time',
  ...span,
  ...m,
});

describe('moneyValue', () => {
  it('annualizes rates and totals them over an explicit term', () => {
    expect(moneyValue(money({ amount: 5e8, period: 'quarter', termMonths: 36 }), 'USD', fx, 'compact')).toBe(
      '$500M/quarter → $2B a year · $6B over 3 years',
    );
    expect(moneyValue(money({ amount: 3e9, period: 'year' }), 'USD', fx, 'compact')).toBe('$3B/year');
  });
  it('keeps ranges, terms of one-off sums, and says when there is no amount', () => {
    expect(moneyValue(money({ amount: 1e10, amountHigh: 1.3e10 }), 'USD', fx, 'compact')).toBe('$10B–$13B');
    expect(moneyValue(money({ amount: 4e10, termMonths: 18 }), 'USD', fx, 'compact')).toBe('$40B over 18 months');
    expect(moneyValue(money({ vague: true }), 'USD', fx, 'compact')).toBe('amount not stated');
  });
  it('shows a currency the table cannot convert in its own units', () => {
    expect(moneyValue(money({ currency: 'SEK', amount: 2e9 }), 'EUR', fx, 'compact')).toBe('2B SEK');
  });
});

describe('gpuValue and powerValue', () => {
  const gpu = (g: Partial<GpuMention>): GpuMention => ({ type: 'gpu', model: null, vendor: null, ...span, ...g });
  it('writes chip counts in full, with the model, vendor or equivalence', () => {
    expect(gpuValue(gpu({ count: 16000, model: 'H100', equivalent: true }), 'compact')).toBe('16,000 H100 equivalents');
    expect(gpuValue(gpu({ count: 1000, countHigh: 2000, vendor: 'AMD' }), 'compact')).toBe(
      '1,000–2,000 AMD accelerators',
    );
    expect(gpuValue(gpu({ count: 2.5e6 }), 'compact')).toBe('2.5M accelerators');
    expect(gpuValue(gpu({ count: 2.5e6 }), 'full')).toBe('2,500,000 accelerators');
    expect(gpuValue(gpu({ vague: true, model: 'TPU' }), 'compact')).toBe('count not stated (TPU)');
  });
  it('writes power in watt units, ranges included', () => {
    const power = (p: Partial<PowerMention>): PowerMention => ({ type: 'power', ...span, ...p });
    expect(powerValue(power({ watts: 1.2e9 }))).toBe('1.2 GW');
    expect(powerValue(power({ watts: 5e8, wattsHigh: 1e9 }))).toBe('500 MW–1 GW');
    expect(powerValue(power({ vague: true }))).toBe('capacity not stated');
  });
});

describe('dealValue', () => {
  const base: Deal = {
    id: 'd',
    title: 'd',
    kind: 'capex',
    parties: [{ name: 'A', role: 'buyer' }],
    announced: '2026-01',
    value: null,
    gpus: null,
    powerWatts: null,
    location: null,
    status: 'confirmed',
    sources: [],
  };
  it('prefers the value, then GPUs, then power', () => {
    const value = { currency: 'EUR', amount: 2e9, period: 'month' as const, termMonths: null, total: null, note: null };
    expect(dealValue({ ...base, value }, 'USD', fx, 'compact')).toBe('$2.5B/month ($30B a year)');
    expect(
      dealValue({ ...base, value: { ...value, amount: null, period: null, total: 8e9 } }, 'EUR', fx, 'compact'),
    ).toBe('€8B in total');
    expect(dealValue({ ...base, gpus: { count: 50000, model: 'MI450' } }, 'USD', fx, 'compact')).toBe('50,000 MI450');
    expect(dealValue({ ...base, powerWatts: 1e9 }, 'USD', fx, 'compact')).toBe('1 GW');
    expect(dealValue(base, 'USD', fx, 'compact')).toBeNull();
  });
});
