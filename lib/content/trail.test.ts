// The reading trail remembers the deals a page reports (by reading), never a company card's other deals.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company, Deal } from '../feed/types';
import type { LookupResult } from '../messages';
import { readDeals } from '../reading/index';
import { trailDealIds, trailRequest } from './trail';

const companies = ['Vantor AI', 'Borealis Compute', 'Quill Labs'].map((name) => ({
  name,
  aliases: [],
  ticker: null,
  kind: 'other',
})) as Company[];
const extractor = createExtractor({ companies });
const readings = readDeals(extractor.document('Vantor AI will pay Borealis Compute $2.4 billion in a compute lease.'));

const deal = (id: string, a: string, b: string, amount: number): Deal => ({
  id,
  title: id,
  kind: 'compute-lease',
  parties: [
    { name: a, role: 'buyer' },
    { name: b, role: 'seller' },
  ],
  announced: '2026-01-01',
  value: { currency: 'USD', amount, period: null, termMonths: null, total: null, note: null },
  gpus: null,
  powerWatts: null,
  location: null,
  status: 'confirmed',
  sources: [],
});
const result = {
  deals: [
    { deal: deal('read', 'Vantor AI', 'Borealis Compute', 2.4e9), score: 1, partiesOnPage: [], figureIndexes: [] },
    // Same amount, other parties: a number alone puts no deal on the page.
    {
      deal: deal('figure-only', 'Quill Labs', 'Borealis Compute', 2.4e9),
      score: 1,
      partiesOnPage: [],
      figureIndexes: [2],
    },
  ],
  reference: { fx: null },
} as unknown as LookupResult;

describe('reading trail', () => {
  it('keeps the deals a reading reports, not a figure match alone', () => {
    expect(trailDealIds(result, readings)).toEqual(['read']);
    expect(trailDealIds(result, [])).toEqual([]);
  });
  it('asks to record only while on, outside private windows, with a hostname, each deal once', () => {
    const on = { on: true, incognito: false, sent: new Set<string>() };
    expect(trailRequest(result, readings, 'news.example', on)).toEqual({
      type: 'record-trail',
      dealIds: ['read'],
      host: 'news.example',
    });
    expect(trailRequest(result, readings, 'news.example', { ...on, on: false })).toBeNull();
    expect(trailRequest(result, readings, 'news.example', { ...on, incognito: true })).toBeNull();
    expect(trailRequest(result, readings, '', on)).toBeNull();
    expect(trailRequest(result, readings, 'news.example', { ...on, sent: new Set(['read']) })).toBeNull();
  });
});
