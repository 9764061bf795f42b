// readDeals on invented sentences: sold units, tapped suppliers, denials, rounds with many backers,
// figures that are not the value, and companies the dictionary does not know.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent', 'Cobalt', 'Halcyon', 'Nimbus Grid Power'];
const kinds: Record<string, string> = { Zenith: 'neocloud', 'Nimbus Grid Power': 'energy' };
const companies = names.map((name) => ({ name, aliases: [], kind: kinds[name] ?? 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text));
const roles = (text: string) => read(text).map((d) => Object.fromEntries(d.parties.map((p) => [p.name, p.role])));

describe('readDeals direction traps', () => {
  it('reads a sold unit: acquirer from "to", target as the object, the owner as seller', () => {
    expect(roles('Ardent sold Cobalt to Borealis for $1.2 billion.')).toEqual([
      { Borealis: 'acquirer', Ardent: 'seller', Cobalt: 'target' },
    ]);
  });
  it('makes the company that tapped another the buyer', () => {
    const [d] = read('Borealis tapped Zenith for $300 million of compute capacity.');
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Borealis', 'buyer'],
      ['Zenith', 'seller'],
    ]);
    expect(d.kind).toBe('compute-lease');
  });
  it('makes a landlord who rents a tenant capacity the seller', () => {
    expect(roles('Zenith rents Borealis 8,000 GPUs under a two-year deal.')).toEqual([
      { Zenith: 'seller', Borealis: 'buyer' },
    ]);
  });
});

describe('readDeals status', () => {
  it('reads a denial or a scrapped deal as terminated', () => {
    expect(read('Vantor denied that it would invest $2 billion in Quill.')[0]?.status).toBe('terminated');
    expect(read('Ardent scrapped its plan to buy Cobalt for $900 million.')[0]?.status).toBe('terminated');
  });
  it('reads a deal that rests on media reports as reported', () => {
    expect(read('Ardent is buying Cobalt for $900 million, Bloomberg reported.')[0]?.status).toBe('reported');
  });
});

describe('readDeals values and parties', () => {
  it('lists every named backer of a round as investor', () => {
    const [d] = read('Quill raised $250 million in a round led by Vantor, and joined by Halcyon, Ardent and Cobalt.');
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Quill', 'investee'],
      ['Vantor', 'investor'],
      ['Halcyon', 'investor'],
      ['Ardent', 'investor'],
      ['Cobalt', 'investor'],
    ]);
  });
  it('takes the subject nearest the verb, not an earlier company of the sentence', () => {
    expect(roles('Ardent is expanding its campus, and Quill raised $50 million from Vantor.')).toEqual([
      { Quill: 'investee', Vantor: 'investor' },
    ]);
  });
  it('does not read a company raising its own budget as a round', () => {
    expect(read('Ardent raised its capital budget to $9 billion.').map((d) => d.kind)).toEqual(['capex']);
  });
  it('does not take a share price for the value of a stake', () => {
    const [d] = read('Vantor will invest $500 million in Quill, buying shares at $12.50 each.');
    expect(d.money?.amount).toBe(5e8);
  });
  it('does not read a cumulative total or an estimate as a deal', () => {
    expect(read('Vantor has put $300 million into Quill in total since 2019.')).toEqual([]);
    expect(read('Analysts estimates that Borealis will spend $40 billion on data centers.')).toEqual([]);
  });
  it('reads a power purchase from an energy company as a power deal', () => {
    const [d] = read('Borealis will buy 300 megawatts from Nimbus Grid Power under a power purchase agreement.');
    expect(d.kind).toBe('power');
    expect(d.powerWatts).toBe(3e8);
  });
  it('names a target the dictionary lacks from the slot after the verb, and a short form the passage defines', () => {
    expect(roles('Borealis agreed to acquire Tessellate for $800 million.')).toEqual([
      { Borealis: 'acquirer', Tessellate: 'target' },
    ]);
    const deals = read('Nimbus Grid Power (NGP) is growing fast. Vantor invested $40 million in NGP.');
    expect(deals[0]?.parties.map((p) => p.name)).toEqual(['Vantor', 'Nimbus Grid Power']);
  });
  it('gives ids of the mentions a reading rests on', () => {
    const text = 'Quill landed a $2 billion contract from Zenith to supply servers.';
    const [d] = read(text);
    expect(d.mentionIds).toContain(`money@${text.indexOf('$2')}`);
    expect(d.evidence.text).toBe(text);
  });
});
