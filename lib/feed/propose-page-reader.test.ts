// pageDeals after the deal reader (lib/reading) on an invented page: the outcome a publisher sees.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import { readDeals } from '../reading/index';
import type { Company } from './types';
import { pageDeals } from './propose-page';

const companies = [
  { name: 'Veltrane Optics', aliases: ['Veltrane Optics', 'Veltrane'], ticker: null, kind: 'chipmaker' },
  { name: 'Sorrel Cloud', aliases: ['Sorrel Cloud', 'Sorrel'], ticker: null, kind: 'neocloud' },
] as Company[];
const extractor = createExtractor({ companies });

describe('pageDeals after the deal reader', () => {
  it('proposes a chip order told over two sentences once, between the canonical companies', () => {
    const text =
      'Veltrane Optics has won a $450 million order from Sorrel Cloud. Under the order, Sorrel will buy ' +
      "Veltrane's photonic switch chips over three years. Sorrel, which rents capacity to model builders, " +
      'runs 45 MW of data centres.';
    const doc = extractor.document(text, { lang: 'en' });
    const deals = pageDeals(doc, readDeals(doc));
    expect(deals.map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role]))])).toEqual([
      ['chip-supply', { 'Sorrel Cloud': 'buyer', 'Veltrane Optics': 'seller' }],
    ]);
    expect(deals[0].powerWatts).toBeNull();
  });
});
