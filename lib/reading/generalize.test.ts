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

describe('readDeals: roles by grammar', () => {
  it('a landlord renting capacity "to" a tenant is the seller', () => {
    expect(brief('Zenith agreed to rent 6,000 GPUs to Borealis for $500 million.')).toEqual([
      ['compute-lease', { Zenith: 'seller', Borealis: 'buyer' }, 5e8],
    ]);
  });
  it('the passive subject behind "of" is the seller', () => {
    expect(brief('$900 million of Zenith capacity will be bought by Quill over three years.')).toEqual([
      ['compute-lease', { Quill: 'buyer', Zenith: 'seller' }, 9e8],
    ]);
  });
  it('a company bought whole is an acquisition whatever its appositive sells', () => {
    expect(brief('Borealis agreed to buy Cobalt, a maker of pumps and servers, for $250 million.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Cobalt: 'target' }, 2.5e8],
    ]);
  });
  it('the owner of the plant power comes from is the seller', () => {
    expect(brief("Quill will buy 300 MW from Ardent's river hydro plant for $60 million a year.")).toEqual([
      ['power', { Quill: 'buyer', Ardent: 'seller' }, 6e7],
    ]);
  });
  it('"Second, it" goes on with the company of the paragraph, not the last one named', () => {
    const text =
      'Borealis made two deals. First, it signed a $50 million contract to supply servers to Quill. ' +
      'Second, it agreed to buy Cobalt for $100 million.';
    expect(brief(text)).toEqual([
      ['chip-supply', { Borealis: 'seller', Quill: 'buyer' }, 5e7],
      ['acquisition', { Borealis: 'acquirer', Cobalt: 'target' }, 1e8],
    ]);
  });
});

describe('readDeals: rounds and their backers', () => {
  it('backers who "will lead the round" join the round just read', () => {
    expect(brief('Vantor is raising $300 million. Zenith and Quill will lead the round.')).toEqual([
      ['funding-round', { Vantor: 'investee', Zenith: 'investor', Quill: 'investor' }, 3e8],
    ]);
  });
  it('backers who "also joined" join it too', () => {
    expect(brief('Vantor raised $300 million in a round led by Zenith. Quill and Cobalt also joined.')).toEqual([
      ['funding-round', { Vantor: 'investee', Zenith: 'investor', Quill: 'investor', Cobalt: 'investor' }, 3e8],
    ]);
  });
  it('a valuation sentence adds no round', () => {
    expect(brief('Vantor raised $200 million. The round values Vantor at $2 billion.')).toEqual([
      ['funding-round', { Vantor: 'investee' }, 2e8],
    ]);
  });
});

describe('readDeals: not deals', () => {
  it('debt is no deal', () => {
    expect(brief('Quill secured a $900 million credit facility from Zenith.')).toEqual([]);
    expect(brief('Quill raised $400 million in convertible notes.')).toEqual([]);
  });
  it('capacity offered "for rent" is no lease, and a chip model is no company', () => {
    expect(brief('Ardent offered 4,000 GPUs for rent, a fleet worth $80 million.')).toEqual([]);
    expect(brief('Ardent previously ran on a mix of rented H100s and A100s.')).toEqual([]);
  });
  it('guidance on capital expenditures is a capex plan with its value', () => {
    expect(brief('Borealis now expects capital expenditures of about $40 billion this year.')).toEqual([
      ['capex', { Borealis: 'buyer' }, 4e10],
    ]);
  });
});

describe('readDeals: more cues', () => {
  it('a backer who "may also take part" joins the round', () => {
    expect(brief('Vantor is raising $80 million. Zenith may also take part.')).toEqual([
      ['funding-round', { Vantor: 'investee', Zenith: 'investor' }, 8e7],
    ]);
  });
  it('chips reserved "through" a platform are a cloud contract with the platform as seller', () => {
    expect(brief('Quill reserved 1,000 H200 chips through Zenith for $20 million.')).toEqual([
      ['cloud-contract', { Quill: 'buyer', Zenith: 'seller' }, 2e7],
    ]);
  });
  it('"The purchase" names the deal read before and adds none', () => {
    expect(brief('Borealis bought Cobalt for $90 million. The purchase hands Borealis 40 MW of capacity.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Cobalt: 'target' }, 9e7],
    ]);
  });
  it('an offering is a round; the share price is not its value', () => {
    expect(brief('Ardent priced its initial public offering at $18 a share, raising $600 million.')).toEqual([
      ['funding-round', { Ardent: 'investee' }, 6e8],
    ]);
  });
  it('"set up X, a 50-50 venture" is a joint venture of the subjects', () => {
    expect(brief('Borealis and Zenith set up a 50-50 venture that will spend $2 billion on data centers.')).toEqual([
      ['joint-venture', { Borealis: 'partner', Zenith: 'partner' }, 2e9],
    ]);
  });
});

describe('readDeals: what is bought, not who told', () => {
  it('paying for access to GPUs is renting them', () => {
    expect(brief('Ardent will pay Cobalt $30 million a month for access to 8,000 GPUs at a site in Ohio.')).toEqual([
      ['compute-lease', { Ardent: 'buyer', Cobalt: 'seller' }, 30e6],
    ]);
  });
  it('a GPU "rental" in a headline is renting, not a chip order', () => {
    expect(brief('Ardent signs $90 million GPU rental with Cobalt')).toEqual([
      ['compute-lease', { Ardent: 'buyer', Cobalt: 'seller' }, 90e6],
    ]);
  });
  it('a restatement after the headline adds the term and the chips, not a second deal', () => {
    const text =
      'Ardent signs $90 million GPU rental with Cobalt\nArdent will pay Cobalt $90 million over two years ' +
      'for 3,000 H200 GPUs.';
    const [deal, ...more] = read(text);
    expect(more).toEqual([]);
    expect(deal.money).toMatchObject({ amount: 90e6, termMonths: 24 });
    expect(deal.gpus).toMatchObject({ count: 3000, model: 'H200' });
  });
  it('an attribution names no kind: "according to a filing the cloud company published"', () => {
    const text =
      'Borealis has signed a $2 billion agreement with Zenith for GPU capacity over three years, ' +
      'according to a filing the cloud company published.';
    expect(brief(text)).toEqual([['compute-lease', { Borealis: 'buyer', Zenith: 'seller' }, 2e9]]);
  });
});

describe('readDeals: what is bought is named near the cue', () => {
  it('a second thing named after ", and" does not change what was bought', () => {
    expect(
      brief(
        'Phase one covers 9,000 B200 chips that Quill agreed to buy through Cobalt, and a 120-megawatt hall in Ohio.',
      ),
    ).toEqual([['chip-supply', { Quill: 'buyer', Cobalt: 'seller' }, null]]);
  });
});
