// readDeals on invented sentences: direction traps, talks, denials, several deals, rounds, values.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent', 'Cobalt', 'Dune Capital', 'Halcyon'];
const companies = names.map((name) => ({ name, aliases: [], kind: name === 'Zenith' ? 'neocloud' : 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text));
const roles = (text: string) => read(text).map((d) => Object.fromEntries(d.parties.map((p) => [p.name, p.role])));

describe('readDeals', () => {
  it('reads an acquisition in the passive voice with the acquirer from "by"', () => {
    expect(roles('Quill was acquired by Borealis for $2 billion.')).toEqual([
      { Borealis: 'acquirer', Quill: 'target' },
    ]);
  });
  it('makes the company a contract comes "from" the buyer', () => {
    const [d] = read('Quill landed a $2 billion contract from Zenith to supply servers.');
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Quill', 'seller'],
      ['Zenith', 'buyer'],
    ]);
    expect(d.money?.amount).toBe(2e9);
  });
  it('makes the supplier the seller', () => {
    expect(roles('Quill will supply Zenith with 20,000 chips worth $900 million.')).toEqual([
      { Quill: 'seller', Zenith: 'buyer' },
    ]);
  });
  it('reads talks as rumored and a collapse as terminated', () => {
    expect(read('Borealis is in talks to buy Quill for $3 billion.')[0]?.status).toBe('rumored');
    expect(
      read('Borealis and Quill had been negotiating a $3 billion cloud contract, but the talks collapsed.')[0]?.status,
    ).toBe('terminated');
  });
  it('skips a valuation and takes the round size', () => {
    const [d] = read('Quill raised $400 million at a valuation of $5 billion, led by Vantor.');
    expect(d.kind).toBe('funding-round');
    expect(d.money?.amount).toBe(4e8);
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Quill', 'investee'],
      ['Vantor', 'investor'],
    ]);
  });
  it('reads two deals in one paragraph', () => {
    const deals = read(
      'Ardent bought Cobalt for $700 million. Separately, Halcyon invested $50 million in Dune Capital.',
    );
    expect(deals.map((d) => d.kind)).toEqual(['acquisition', 'investment']);
  });
  it('reports no deal where none is stated', () => {
    expect(read('Quill posted revenue of $2 billion, and its shares rose 4%.')).toEqual([]);
    expect(read('Borealis counts Zenith among its partners.')).toEqual([]);
  });
});
