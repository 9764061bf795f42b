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

describe('readDeals: where a party stands', () => {
  it('a descriptor before a name keeps the preposition ("from growth investor Foo")', () => {
    expect(brief('Vantor bought Cobalt from growth investor Dune Capital in 2023 for $90 million.')).toEqual([
      ['acquisition', { Vantor: 'acquirer', Cobalt: 'target', 'Dune Capital': 'seller' }, 9e7],
    ]);
  });
  it('"was itself acquired by" is passive across the adverb', () => {
    expect(brief('Halcyon, which was itself acquired by the Oslo pension fund Ardent in 2021, builds sites.')).toEqual([
      ['acquisition', { Ardent: 'acquirer', Halcyon: 'target' }, null],
    ]);
  });
  it('a takeover "by" a company makes it the acquirer, whoever opens the sentence', () => {
    expect(brief("Quill's board rejected a $3 billion takeover by Borealis on Friday.").map((d) => d[1])).toEqual([
      { Borealis: 'acquirer', Quill: 'target' },
    ]);
  });
  it('an investment taken "from" a company makes that company the investor', () => {
    expect(brief('Cobalt has accepted a $40 million investment from Zenith.')).toEqual([
      ['investment', { Zenith: 'investor', Cobalt: 'investee' }, 4e7],
    ]);
  });
  it('renting back capacity one sold makes the renter the buyer', () => {
    expect(brief('Vantor will rent back the servers it sold to Halcyon, paying $5 million a month.')).toEqual([
      ['compute-lease', { Vantor: 'buyer', Halcyon: 'seller' }, 5e6],
    ]);
  });
  it('the platform a contract runs on is the seller', () => {
    expect(brief("Quill signed a $30 million contract to host its models on Zenith's cloud.")).toEqual([
      ['cloud-contract', { Quill: 'buyer', Zenith: 'seller' }, 3e7],
    ]);
  });
});
