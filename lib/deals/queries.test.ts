import { describe, expect, it } from 'vitest';
import { dealRow } from './db';
import { companyRow } from './db';
import { buildIndex, lookup, standing } from './queries';
import { company, deal, TEST_FX } from '../../test/fixtures/feeds/generate';
import type { Deal } from '../feed/types';

const usd = (
  amount: number,
  period: 'month' | 'year' | null = null,
  termMonths: number | null = null,
): Deal['value'] => ({ currency: 'USD', amount, period, termMonths, total: null, note: null });

const deals = [
  deal('alpha-beta-lease', ['Alpha', 'Beta'], {
    value: usd(1.25e9, 'month'),
    announced: '2026-05-20',
    gpus: { count: 220000, model: 'H100', modelKeys: ['H100'] },
  }),
  deal('alpha-gamma-old', ['Alpha', 'Gamma'], { value: usd(4e9), announced: '2024-01-10' }),
  deal('alpha-gamma-new', ['Alpha', 'Gamma'], { value: usd(6e9), announced: '2025-08' }),
  deal('beta-delta', ['Beta', 'Delta'], { value: usd(2e9, 'year', 60), announced: '2025-02-01' }),
  deal('gamma-delta', ['Gamma', 'Delta'], { value: usd(9e9), announced: '2023-06-01' }),
];
const index = buildIndex({
  generation: 1,
  deals: deals.map((d) => dealRow(d, 'f', TEST_FX)),
  companies: ['Alpha', 'Beta', 'Gamma', 'Delta'].map((n) => companyRow(company(n), 'f')),
  reference: { accelerators: [], fx: TEST_FX },
});

describe('lookup', () => {
  it('returns only deals involving page companies, both-parties-on-page first', () => {
    const r = lookup(index, ['Alpha', 'Beta'], []);
    expect(r.deals.map((m) => m.deal.id)).toEqual([
      'alpha-beta-lease',
      'alpha-gamma-new',
      'beta-delta',
      'alpha-gamma-old',
    ]);
    expect(r.deals[0].partiesOnPage).toEqual(['Alpha', 'Beta']);
  });

  it('marks the deal whose value matches a page figure within rounding and ranks it up', () => {
    const r = lookup(
      index,
      ['Alpha'],
      [
        { index: 3, usd: 4.05e9 }, // "$4.05 billion" ≈ 4B within 2%
        { index: 7, usdPerYear: 15e9 }, // "$1.25B a month" annualized
        { index: 9, usd: 5e9 }, // matches nothing
      ],
    );
    expect(r.deals[0].deal.id).toBe('alpha-beta-lease');
    expect(r.deals[0].figureIndexes).toEqual([7]);
    expect(r.deals[1].deal.id).toBe('alpha-gamma-old');
    expect(r.deals[1].figureIndexes).toEqual([3]);
    expect(r.deals[2].figureIndexes).toEqual([]);
  });

  it('matches GPU counts and a rate stated as its total over the term', () => {
    const r = lookup(
      index,
      ['Beta'],
      [
        { index: 1, gpuCount: 220000 },
        { index: 2, usdTotal: 10e9 },
      ],
    );
    const byId = Object.fromEntries(r.deals.map((m) => [m.deal.id, m.figureIndexes]));
    expect(byId['alpha-beta-lease']).toEqual([1]);
    expect(byId['beta-delta']).toEqual([2]);
  });

  it('summarizes each page company', () => {
    const { companies } = lookup(index, ['Gamma', 'Nobody'], []);
    expect(Object.keys(companies)).toEqual(['Gamma']);
    expect(companies.Gamma.dealCount).toBe(3);
    expect(companies.Gamma.disclosedUsd).toBe(4e9 + 6e9 + 9e9);
    expect(companies.Gamma.topCounterparties).toEqual([
      { name: 'Alpha', deals: 2 },
      { name: 'Delta', deals: 1 },
    ]);
    expect(companies.Gamma.latestDealIds).toEqual(['alpha-gamma-new', 'alpha-gamma-old', 'gamma-delta']);
  });

  it("uses the term for a rate's disclosed value, or one year without a term", () => {
    const { companies } = lookup(index, ['Beta'], []);
    expect(companies.Beta.disclosedUsd).toBe(15e9 + 10e9);
  });
});

describe('standing', () => {
  it('ranks a figure among cached deals of the same kind of value', () => {
    expect(standing(index, { index: 0, usd: 6e9 })).toEqual({
      index: 0,
      rank: 2,
      of: 3,
      basis: 'oneOff',
      listed: true,
    });
    expect(standing(index, { index: 0, usdPerYear: 15e9 })).toEqual({
      index: 0,
      rank: 1,
      of: 2,
      basis: 'annual',
      listed: true,
    });
  });
  it('counts a figure that is not a cached deal as one more', () => {
    expect(standing(index, { index: 5, usd: 5e9 })).toEqual({
      index: 5,
      rank: 3,
      of: 4,
      basis: 'oneOff',
      listed: false,
    });
    expect(standing(index, { index: 5, gpuCount: 10 })).toBeNull();
  });
  it("gives a figure far below any deal's scale no standing (a retail price is not a deal)", () => {
    const smallest = index.oneOff[index.oneOff.length - 1];
    expect(standing(index, { index: 1, usd: 250 })).toBeNull();
    expect(standing(index, { index: 1, usd: smallest / 1000 })).toBeNull();
    expect(standing(index, { index: 1, usdPerYear: 30 })).toBeNull();
    // Below the smallest deal but on its scale: still ranked, last.
    expect(standing(index, { index: 1, usd: smallest / 2 })).toMatchObject({ rank: index.oneOff.length + 1 });
  });
});
