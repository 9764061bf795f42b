// Funding rounds on invented sentences: backers named far after the raise, an earlier round that
// backers "joined", a forecast after the round, and a subject with an appositive that opens a new topic.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Dune Capital', 'Halcyon', 'Cobalt Energy'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const rounds = (text: string) =>
  readDeals(extractor.document(text)).map((d) => [
    d.kind,
    d.parties.map((p) => `${p.name}:${p.role}`).join(', '),
    d.money?.amount ?? null,
    d.status,
  ]);

describe('readDeals: funding rounds', () => {
  it('a backer named after the valuation still backs the round', () => {
    expect(
      rounds(
        'Quill is in talks to raise $600 million at a valuation of about $9 billion, with Dune Capital set to lead.',
      ),
    ).toEqual([['funding-round', 'Quill:investee, Dune Capital:investor', 6e8, 'rumored']]);
  });
  it('backers who "joined a $Xm round" made an earlier round of the company the passage is about', () => {
    expect(
      rounds(
        'Halcyon, the robotics lab started by former Borealis staff, is in talks to raise $1 billion. ' +
          'The Boston company last raised money in May, when Zenith and Vantor joined a $300 million round.',
      ),
    ).toEqual([
      ['funding-round', 'Halcyon:investee', 1e9, 'rumored'],
      ['funding-round', 'Halcyon:investee, Zenith:investor, Vantor:investor', 3e8, 'confirmed'],
    ]);
  });
  it('a forecast after the round does not undo it', () => {
    expect(
      rounds(
        'Borealis raised $90 million in a Series B round from investors including Zenith, and it expects to grow.',
      ),
    ).toEqual([['funding-round', 'Borealis:investee, Zenith:investor', 9e7, 'confirmed']]);
  });
});

describe('readDeals: several parties in one clause', () => {
  it('an existing backer named after the leads joins them, a company the round values does not', () => {
    expect(
      rounds(
        'Quill is in talks to raise $400 million. Zenith and Vantor are expected to lead the round, ' +
          'and existing backer Dune Capital may also take part.',
      ),
    ).toEqual([
      ['funding-round', 'Quill:investee, Zenith:investor, Vantor:investor, Dune Capital:investor', 4e8, 'rumored'],
    ]);
    expect(
      rounds(
        'Quill raised $400 million in a round led by Zenith. Vantor also took part, ' +
          'and the round values Quill at $3 billion.',
      ),
    ).toEqual([['funding-round', 'Quill:investee, Zenith:investor, Vantor:investor', 4e8, 'confirmed']]);
  });
  it('", and it" starts a second clause about the same company', () => {
    expect(
      rounds('Borealis sold its Ohio site to Halcyon last year, and it will spend $800 million on two new halls.'),
    ).toEqual([
      ['acquisition', 'Halcyon:acquirer, Borealis:seller', null, 'confirmed'],
      ['capex', 'Borealis:buyer', 8e8, 'confirmed'],
    ]);
  });
  it('supply agreements with two customers are two deals, and the total sizes neither', () => {
    const deals = readDeals(
      extractor.document(
        'Cobalt Energy said it had signed power supply agreements with Zenith and Quill for 300 megawatts in total.',
      ),
    );
    expect(deals.map((d) => [d.parties.map((p) => `${p.name}:${p.role}`).join(', '), d.powerWatts])).toEqual([
      ['Cobalt Energy:seller, Zenith:buyer', null],
      ['Cobalt Energy:seller, Quill:buyer', null],
    ]);
  });
});

describe('readDeals: listings', () => {
  it('companies that buy shares in the offering are its investors, and their share is not its size', () => {
    expect(
      rounds(
        'Quill raised $900 million in its initial public offering on Friday. ' +
          'Zenith and Vantor had agreed to buy $200 million of the shares as cornerstone investors.',
      ),
    ).toEqual([['funding-round', 'Quill:investee, Zenith:investor, Vantor:investor', 9e8, 'confirmed']]);
  });
  it("backers who joined the company's sized round made that company's round", () => {
    expect(
      rounds("Halcyon builds magnets for fusion plants. Zenith joined the company's $500 million fundraising in 2022."),
    ).toEqual([['funding-round', 'Halcyon:investee, Zenith:investor', 5e8, 'confirmed']]);
  });
});
