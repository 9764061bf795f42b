// The passive of selling and supplying: the agent after "by" sells or supplies, the subject is sold or
// supplied, also when a descriptor stands between "by" and the name ("by Korean chipmaker Foo").
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent Memory'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const roles = (text: string) =>
  readDeals(extractor.document(text)).map((d) => Object.fromEntries(d.parties.map((p) => [p.name, p.role])));

describe('passive sales and supplies', () => {
  it('"is supplied with … by Foo": the agent sells, the subject buys', () => {
    expect(roles('Zenith will be supplied with 8,000 accelerators by Borealis for $240 million.')).toEqual([
      { Borealis: 'seller', Zenith: 'buyer' },
    ]);
  });
  it('reaches the agent past a descriptor ("by Korean chipmaker Foo")', () => {
    expect(
      roles('Quill is being supplied with memory by Korean chipmaker Ardent Memory under a $90 million order.'),
    ).toEqual([{ 'Ardent Memory': 'seller', Quill: 'buyer' }]);
  });
  it('never makes the supplied subject the seller, even with no agent named', () => {
    for (const d of roles('Quill will be supplied with 2,000 accelerators for $60 million.'))
      expect(d.Quill).not.toBe('seller');
  });
  it('"was sold by Foo to Bar": Foo sells, Bar acquires, the subject is the target', () => {
    expect(roles('Vantor was sold by Borealis to Zenith for $700 million.')).toEqual([
      { Borealis: 'seller', Zenith: 'acquirer', Vantor: 'target' },
    ]);
  });
  it('the active forms stay as they were', () => {
    expect(roles('Borealis supplied Zenith with 8,000 accelerators for $240 million.')).toEqual([
      { Borealis: 'seller', Zenith: 'buyer' },
    ]);
    expect(roles('Borealis sold Vantor to Zenith for $700 million.')).toEqual([
      { Zenith: 'acquirer', Borealis: 'seller', Vantor: 'target' },
    ]);
  });
  it('paying a company, or tapping it, is not buying it', () => {
    for (const text of ['Vantor pays Zenith $40 million a month.', 'Quill tapped Borealis for $300 million.'])
      for (const d of readDeals(extractor.document(text))) expect(d.kind, text).not.toBe('acquisition');
    expect(roles('Vantor bought Zenith for $400 million.')).toEqual([{ Vantor: 'acquirer', Zenith: 'target' }]);
  });
});
