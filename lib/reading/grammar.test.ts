// readDeals on invented sentences for the grammar that decides who is a party: appositives, descriptors
// before a name, nominal cues with "by", investments "from", sold stakes and units.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent', 'Cobalt', 'Dune Capital', 'Halcyon'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text));
const brief = (text: string) =>
  read(text).map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role])), d.money?.amount ?? null]);

describe('readDeals: appositives describe, they do not report', () => {
  it('a renting word inside the description of the subject is no lease', () => {
    expect(brief('Quill, a Lisbon provider of rented GPU capacity, raised $300 million in a Series B round.')).toEqual([
      ['funding-round', { Quill: 'investee' }, 3e8],
    ]);
  });
  it('a company named inside the description is not the subject', () => {
    expect(
      brief('Borealis, the model lab started by former Zenith engineers, is in talks to raise $1 billion.'),
    ).toEqual([['funding-round', { Borealis: 'investee' }, 1e9]]);
  });
  it('a deal told inside the description belongs to the company described', () => {
    expect(brief('Cobalt, a Denver start-up that raised $80 million in May, argues that smaller chips win.')).toEqual([
      ['funding-round', { Cobalt: 'investee' }, 8e7],
    ]);
  });
});
