// readDeals on invented sentences for the rules that carry the reader past the passages it was
// written on: kinds from what is rented or shipped, described companies that refer back.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent', 'Cobalt'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text));
const brief = (text: string) =>
  read(text).map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role])), d.money?.amount ?? null]);

describe('readDeals: kind from what is rented or shipped', () => {
  it('GPUs rented as a cluster are a lease, not a chip order', () => {
    expect(brief('Quill will pay Zenith $12 million a month to rent a dedicated cluster of 2,000 H100 GPUs.')).toEqual([
      ['compute-lease', { Quill: 'buyer', Zenith: 'seller' }, 12e6],
    ]);
  });
  it('GPUs shipped in racks are a chip order', () => {
    expect(brief('Cobalt will supply Vantor with 5,000 B200 GPUs in liquid-cooled racks for $400 million.')).toEqual([
      ['chip-supply', { Cobalt: 'seller', Vantor: 'buyer' }, 4e8],
    ]);
  });
});

describe('readDeals: a described company refers back', () => {
  it('"the Lisbon utility" is the company of the sentence before', () => {
    expect(
      brief(
        'Ardent runs two gas plants near Porto. Later, the Lisbon utility signed a deal to supply 200 MW to Borealis.',
      ),
    ).toEqual([['power', { Ardent: 'seller', Borealis: 'buyer' }, null]]);
  });
});
