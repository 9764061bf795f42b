// A part of a company changing hands is an acquisition whatever the part makes, its owner the seller; a
// lease whose other side is only "a customer" or "a tenant" makes the subject the landlord.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const brief = (text: string) =>
  readDeals(extractor.document(text)).map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role]))]);

describe('units that change hands', () => {
  it('"sell its chip business to Foo" is an acquisition, not a chip order', () => {
    expect(brief('Quill agreed to sell its networking chip business to Borealis for $3 billion.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Quill: 'seller' }],
    ]);
  });
  it('"bought the cloud unit of Foo": Foo sells; buying Foo itself keeps Foo the target', () => {
    expect(brief('Borealis bought the cloud unit of Quill for $3 billion.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Quill: 'seller' }],
    ]);
    expect(brief('Borealis bought Quill for $3 billion.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Quill: 'target' }],
    ]);
  });
  it('selling its chips is still a chip order', () => {
    expect(brief('Quill will sell its chips to Borealis for $3 billion.')).toEqual([
      ['chip-supply', { Borealis: 'buyer', Quill: 'seller' }],
    ]);
  });
});

describe('landlords', () => {
  it('a lease with "an unnamed customer" or to "a tenant" is let by the subject', () => {
    for (const text of [
      'Zenith has signed a 15-year lease worth $2 billion with an unnamed hyperscale customer.',
      'Zenith leased 40 MW to a large cloud tenant for $300 million.',
    ])
      expect(brief(text), text).toEqual([['compute-lease', { Zenith: 'seller' }]]);
  });
  it('a lease with a named company keeps the subject the tenant', () => {
    expect(brief('Quill signed a $500 million lease with Zenith.')).toEqual([
      ['compute-lease', { Quill: 'buyer', Zenith: 'seller' }],
    ]);
  });
});
