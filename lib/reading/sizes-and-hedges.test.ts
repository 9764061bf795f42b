// A power figure that sizes rented capacity ("a 300-megawatt campus") is a lease, not electricity bought;
// "no intention of buying" ends a deal as a denial does.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const companies = ['Borealis', 'Zenith', 'Quill'].map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text)).map((d) => [d.kind, d.status]);

describe('what a power figure sizes', () => {
  it('a campus or cluster of so many megawatts, rented, is a compute lease', () => {
    expect(read('Quill has tapped Zenith to build and run a 300-megawatt campus for $9 billion.')).toEqual([
      ['compute-lease', 'confirmed'],
    ]);
  });
  it('energy named earlier in the clause keeps "MW of capacity" a power deal', () => {
    const text =
      'Solar power from a farm in Nevada will feed Quill under an agreement with Zenith for 200 MW of capacity.';
    expect(read(text).map(([kind]) => kind)).toEqual(['power']);
  });
  it('electricity named with the figure stays a power deal', () => {
    expect(read('Quill has agreed to buy 300 megawatts of solar power from Zenith.')).toEqual([['power', 'confirmed']]);
  });
});

describe('a denial in other words', () => {
  it('"has no intention of buying" ends the deal', () => {
    expect(read('Borealis said it has no intention of buying Quill for $900 million, dismissing a report.')).toEqual([
      ['acquisition', 'terminated'],
    ]);
  });
});
