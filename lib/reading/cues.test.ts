// Deal cues on invented sentences: orders placed, spending plans, the noun "supply", plural agreements,
// backers who "took part", deals named again, cumulative raises, and a deal's own "valued at".
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';
import { cueAt } from './cues';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Ardent', 'Cobalt', 'Dune Capital', 'Halcyon'];
const kinds: Record<string, string> = { Ardent: 'energy' };
const companies = names.map((name) => ({ name, aliases: [], kind: kinds[name] ?? 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string) => readDeals(extractor.document(text));
const brief = (text: string) =>
  read(text).map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role])), d.money?.amount ?? null]);

describe('readDeals: cues', () => {
  it('an order placed with a company makes it the seller', () => {
    expect(brief('Quill has placed an order worth $45 million with Cobalt for memory chips.')).toEqual([
      ['chip-supply', { Quill: 'buyer', Cobalt: 'seller' }, 4.5e7],
    ]);
  });
  it('a company that will spend a figure on its sites has a capex plan; one without a figure has none', () => {
    expect(brief('Vantor expects to spend about $900 million on new halls next year.')).toEqual([
      ['capex', { Vantor: 'buyer' }, 9e8],
    ]);
    expect(
      brief('Vantor will spend most of the cash on staff, and it has reserved 500 H100 GPUs through Zenith.'),
    ).toEqual([['cloud-contract', { Vantor: 'buyer', Zenith: 'seller' }, null]]);
  });
  it("analysts' estimate of a company's spending is no deal", () => {
    expect(read("Analysts at Dune Capital expect Vantor's capital spending to reach $4 billion.")).toEqual([]);
  });
  it('"supply" as a noun does not make the subject a supplier', () => {
    expect(brief('Borealis signed a 12-year agreement with Ardent for 300 megawatts of extra supply.')).toEqual([
      ['power', { Borealis: 'buyer', Ardent: 'seller' }, null],
    ]);
  });
  it('backers who "took part" join the round read before', () => {
    const [round] = read(
      'Halcyon raised $200 million in a round led by Dune Capital. Zenith and the Vantor fund also took part.',
    );
    expect(round.parties.map((p) => [p.name, p.role])).toEqual([
      ['Halcyon', 'investee'],
      ['Dune Capital', 'investor'],
      ['Zenith', 'investor'],
      ['Vantor', 'investor'],
    ]);
  });
  it('a total raised since founding is no new round', () => {
    expect(brief('Since its launch in 2019, Quill has now raised $700 million.')).toEqual([]);
  });
  it("the value a party gives the deal is its value, not a company's valuation", () => {
    expect(
      brief('Borealis has tapped Cobalt to make its next chip, in a deal the start-up valued at $300 million.'),
    ).toEqual([['chip-supply', { Borealis: 'buyer', Cobalt: 'seller' }, 3e8]]);
    expect(brief('Quill raised $50 million in a round that valued the company at $1 billion.')).toEqual([
      ['funding-round', { Quill: 'investee' }, 5e7],
    ]);
  });
});

describe('readDeals: chips bought from the vendor the figure names', () => {
  const withVendor = createExtractor({
    companies: [...companies, { name: 'AMD', aliases: [], kind: 'chipmaker' }] as unknown as Company[],
  });
  const chips = (text: string) =>
    readDeals(withVendor.document(text)).map((d) => [d.kind, d.parties.map((p) => `${p.name}:${p.role}`).join(', ')]);
  it('the vendor inside the chip figure sells when no seller is named, and a cluster they go into is no lease', () => {
    expect(chips("Quill is in talks to buy as many as 8,000 of AMD's MI355X accelerators for a new cluster.")).toEqual([
      ['chip-supply', 'Quill:buyer, AMD:seller'],
    ]);
  });
  it('a named reseller sells, not the vendor', () => {
    expect(chips("Quill agreed to buy 8,000 of AMD's MI355X accelerators from Cobalt.")).toEqual([
      ['chip-supply', 'Quill:buyer, Cobalt:seller'],
    ]);
  });
});

describe('readDeals: building at a stated cost', () => {
  it("one company's plant at a cost is a capex plan; two companies' is a venture; a lease beside it wins", () => {
    expect(brief('Halcyon will instead expand its plant in Porto at a cost of about $300 million.')).toEqual([
      ['capex', { Halcyon: 'buyer' }, 3e8],
    ]);
    expect(brief('Plans by Vantor and Cobalt to build a $2 billion packaging plant have collapsed.')).toEqual([
      ['joint-venture', { Vantor: 'partner', Cobalt: 'partner' }, 2e9],
    ]);
    expect(brief('Zenith will build two halls that it will lease to Quill for $90 million a year.')).toEqual([
      ['compute-lease', { Zenith: 'seller', Quill: 'buyer' }, 9e7],
    ]);
  });
  it('only words of the cue lists start a cue (not the names of object properties)', () => {
    const words = 'the constructor hasownproperty of quill bought cobalt'.split(' ');
    const classes = words.map((_, i) => {
      const hit = cueAt(words, i);
      return hit ? (hit.cue.cls ?? 'odd') : null;
    });
    expect(classes).toEqual([null, null, null, null, null, 'buy', null]);
  });
});
