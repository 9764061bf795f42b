import { describe, expect, it } from 'vitest';
import {
  feedDeal,
  feedFromSources,
  feedText,
  isNameLike,
  mergeCompanies,
  newestDate,
  sourceDeal,
} from './from-sources';
import { company, deal, TEST_FX } from '../../test/fixtures/feeds/generate';
import type { Accelerator } from './types';

const accelerator = (asOf: string, sourceDate: string | null): Accelerator => ({
  model: 'H100',
  vendor: 'NVIDIA',
  architecture: 'Hopper',
  boardPowerWatts: 700,
  boardPowerNote: null,
  unitPriceUsd: null,
  cloudPricePerGpuHour: [{ low: 2, high: 3, tier: 'neocloud', asOf, source: 'https://prices.example/a' }],
  sources: [{ url: 'https://prices.example/b', title: 'B', date: sourceDate }],
});

describe('feedDeal / sourceDeal', () => {
  it('adds model keys for the feed and drops them for the sources, in one key order', () => {
    const raw = deal('a-b-2026', ['A', 'B'], {
      gpus: { model: 'Nvidia H200', count: 1000 } as any,
      status: 'reported',
    });
    const shuffled = Object.fromEntries(Object.entries(raw).reverse()) as typeof raw;
    expect(feedDeal(shuffled).gpus).toEqual({ count: 1000, model: 'Nvidia H200', modelKeys: ['H200'] });
    expect(Object.keys(feedDeal(shuffled))).toEqual(Object.keys(feedDeal(raw)));
    expect(Object.keys(feedDeal(raw))[0]).toBe('id');
    expect(sourceDeal(feedDeal(raw)).gpus).toEqual({ count: 1000, model: 'Nvidia H200' });
  });
});

describe('newestDate', () => {
  const sources = (announced: string, pageDate: string | null, asOf = '2025-early') => ({
    deals: [deal('d', ['A', 'B'], { announced, sources: [{ url: 'https://n.example/', title: 'T', date: pageDate }] })],
    companies: [],
    accelerators: [accelerator(asOf, null)],
  });
  it('takes the newest stated date, not the clock', () => {
    expect(newestDate(sources('2026-02-03', '2026-02-05'), { ...TEST_FX, date: '2025-01-01' })).toBe(
      '2026-02-05T00:00:00.000Z',
    );
    expect(newestDate(sources('2026-02-03', null), TEST_FX)).toBe('2026-11-01T00:00:00.000Z');
  });
  it('reads a month-only date as its first day and ignores free text', () => {
    expect(newestDate(sources('2027-04', null, '2029-early'), TEST_FX)).toBe('2027-04-01T00:00:00.000Z');
    expect(newestDate(sources('2020-01-01', null, '2028-06'), TEST_FX)).toBe('2028-06-01T00:00:00.000Z');
  });
});

describe('feedFromSources', () => {
  const sources = {
    deals: [deal('x-y-2026', ['X', 'Y'], { gpus: { count: 10, model: 'AMD MI300X' } })],
    companies: [company('X', 'ai-lab'), company('Y', 'neocloud')],
    accelerators: [accelerator('2026-05', '2026-05-02')],
    extraCompanies: [company('Z')],
  };
  it('gives the same bytes for the same sources, whatever their key order', () => {
    const reordered = {
      ...sources,
      deals: sources.deals.map((d) => Object.fromEntries(Object.entries(d).reverse()) as typeof d),
    };
    expect(feedText(feedFromSources(reordered, TEST_FX))).toBe(feedText(feedFromSources(sources, TEST_FX)));
  });
  it('carries every deal and company, the extra companies merged, and no tombstones', () => {
    const feed = feedFromSources(sources, TEST_FX);
    expect(feed.deals.map((d) => d.id)).toEqual(['x-y-2026']);
    expect(feed.deals[0].gpus?.modelKeys).toEqual(['MI300X']);
    expect(feed.companies.map((c) => c.name)).toEqual(['X', 'Y', 'Z']);
    expect(feed.generatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(feed.tombstones).toEqual({ companies: [], deals: [] });
  });
});

describe('mergeCompanies', () => {
  it('unions aliases by name and appends new companies', () => {
    const merged = mergeCompanies(
      [company('Alpha', 'ai-lab', ['Alpha'])],
      [company('Alpha', 'other', ['Alpha Inc.']), company('Gamma')],
    );
    expect(merged).toEqual([company('Alpha', 'ai-lab', ['Alpha', 'Alpha Inc.']), company('Gamma')]);
  });
  it('lets the curated extra list take over the names it lists, one company per alias', () => {
    const notes: string[] = [];
    const base = [company('Google', 'hyperscaler', ['Google', 'Alphabet', 'Google DeepMind'])];
    const merged = mergeCompanies(
      base,
      [
        company('Alphabet', 'hyperscaler', ['Alphabet']),
        company('DeepMind', 'ai-lab', ['DeepMind', 'Google DeepMind']),
      ],
      notes,
    );
    expect(merged.map((c) => [c.name, c.aliases])).toEqual([
      ['Google', ['Google']],
      ['Alphabet', ['Alphabet']],
      ['DeepMind', ['DeepMind', 'Google DeepMind']],
    ]);
    expect(notes).toEqual([
      'moved alias "Alphabet" from "Google" to "Alphabet"',
      'moved alias "Google DeepMind" from "Google" to "DeepMind"',
    ]);
  });
  it('drops aliases that describe rather than name', () => {
    const merged = mergeCompanies(
      [company('OpenAI', 'ai-lab', ['OpenAI', 'ChatGPT maker', 'Open AI'])],
      [company('d-Matrix', 'chipmaker', ['d-Matrix']), company('xAI', 'ai-lab', ['xAI'])],
    );
    expect(merged.map((c) => c.aliases)).toEqual([['OpenAI', 'Open AI'], ['d-Matrix'], ['xAI']]);
    expect(
      ['SK hynix', 'stc', 'Ørsted', 'Bank of America', 'ChatGPT maker', 'U.S. government'].map(isNameLike),
    ).toEqual([true, true, true, true, false, false]);
  });
});
