import { describe, expect, it } from 'vitest';
import { locate, metrics, scoreCase, type Label } from './score';
import type { Mention } from '../lib/extract/types';

const text = 'Acme paid $5 billion to Acme for 10 GW.';
const money = (amount: number, period: 'one-time' | 'year' = 'one-time'): Mention => ({
  type: 'money',
  text: '$5 billion',
  start: 10,
  end: 20,
  currency: 'USD',
  amount,
  period,
});

describe('locate', () => {
  it('finds the n-th raw occurrence', () => {
    expect(locate(text, { type: 'company', text: 'Acme' })).toBe(0);
    expect(locate(text, { type: 'company', text: 'Acme', occurrence: 2 })).toBe(24);
    expect(locate(text, { type: 'company', text: 'Acme', occurrence: 3 })).toBe(-1);
  });
});

describe('scoreCase', () => {
  const gold: Label[] = [{ type: 'money', text: '$5 billion', currency: 'USD', amount: 5e9, period: 'one-time' }];
  it('counts an overlapping hit with the right value as strict', () => {
    const r = scoreCase(text, gold, [money(5.01e9)]);
    expect(r.byType.money).toMatchObject({ tp: 1, fp: 0, fn: 0, strictTp: 1 });
  });
  it('counts a hit with a wrong value, but not as strict', () => {
    expect(scoreCase(text, gold, [money(5.1e9)]).byType.money).toMatchObject({ tp: 1, strictTp: 0 });
    expect(scoreCase(text, gold, [money(5e9, 'year')]).byType.money).toMatchObject({ tp: 1, strictTp: 0 });
  });
  it('counts misses and extras', () => {
    expect(scoreCase(text, gold, []).byType.money).toMatchObject({ tp: 0, fn: 1 });
    const power: Mention = { type: 'power', text: '10 GW', start: 33, end: 38, watts: 1e10 };
    expect(scoreCase(text, gold, [money(5e9), power]).byType.power).toMatchObject({ fp: 1 });
  });
  it('treats sources and vague labels as optional', () => {
    const optional: Label[] = [{ type: 'company', text: 'Acme', role: 'source', canonical: 'Acme' }];
    const found: Mention = { type: 'company', text: 'Acme', start: 0, end: 4, canonical: 'Acme' };
    expect(scoreCase(text, optional, [found]).byType.company).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scoreCase(text, optional, []).byType.company).toMatchObject({ fn: 0 });
  });
});

describe('metrics', () => {
  it('computes precision, recall, F1 and strict F1', () => {
    const m = metrics({ tp: 8, fp: 2, fn: 2, valueOk: 6, strictTp: 6 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.8);
    expect(m.f1).toBeCloseTo(0.8);
    expect(m.valueAccuracy).toBeCloseTo(0.75);
    expect(m.strictF1).toBeCloseTo(0.6);
  });
});
