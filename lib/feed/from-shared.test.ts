import { describe, expect, it } from 'vitest';
import { dealFromShared, isNameLike, mergeCompanies } from './from-shared';
import { company } from '../../test/fixtures/feeds/generate';

describe('dealFromShared', () => {
  it('maps snake_case to the feed types and adds model keys', () => {
    const d = dealFromShared({
      id: 'a-b-2026',
      title: 'A rents from B',
      kind: 'compute-lease',
      parties: [
        { name: 'A', role: 'buyer' },
        { name: 'B', role: 'seller' },
      ],
      announced: '2026-01',
      value: { currency: 'USD', amount: 2e9, period: 'year', term_months: 24, total: 4e9, note: null },
      gpus: { count: 1000, model: 'Nvidia H200' },
      power_watts: 5e7,
      location: null,
      status: 'reported',
      sources: [{ url: 'https://x.example/a', title: 'T', date: null }],
    });
    expect(d.value).toEqual({ currency: 'USD', amount: 2e9, period: 'year', termMonths: 24, total: 4e9, note: null });
    expect(d.gpus).toEqual({ count: 1000, model: 'Nvidia H200', modelKeys: ['H200'] });
    expect(d.powerWatts).toBe(5e7);
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
