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

describe('readDeals: stakes and units changing hands', () => {
  it('selling "its" stake makes the subject the seller, not the target', () => {
    expect(
      brief('Ardent agreed to sell its remaining stake in a fibre network to Dune Capital for $700 million.'),
    ).toEqual([['acquisition', { 'Dune Capital': 'acquirer', Ardent: 'seller' }, 7e8]]);
  });
  it('a stake bought in a company makes it the target, and the owner of the unit the seller', () => {
    expect(brief('Vantor will buy a 40% stake in Cobalt, the cooling unit of Halcyon, for $120 million.')).toEqual([
      ['acquisition', { Vantor: 'acquirer', Cobalt: 'target', Halcyon: 'seller' }, 1.2e8],
    ]);
  });
  it('a unit named after its description is the target', () => {
    expect(brief('Zenith is selling its optical networking business, Lumora, to Borealis.')).toEqual([
      ['acquisition', { Borealis: 'acquirer', Zenith: 'seller', Lumora: 'target' }, null],
    ]);
  });
  it('a majority stake taken is an acquisition; a stake owned is no deal', () => {
    expect(
      brief('Quill, which owns a small stake in Cobalt, took a majority stake in Vantor last year for $55 million.'),
    ).toEqual([['acquisition', { Quill: 'acquirer', Vantor: 'target' }, 5.5e7]]);
  });
  it('a sentence about the price goes to the deal just read', () => {
    const [d] = read(
      'Halcyon is selling its fuel-cell unit to Ardent. People familiar with the matter said the buyer ' +
        'would pay about $300 million.',
    );
    expect([d.money?.amount, d.status]).toEqual([3e8, 'reported']);
  });
});

describe('readDeals: what is not a deal', () => {
  it('a fee to license software is no deal', () => {
    expect(read('Cobalt will pay Zenith about $9 million a year to license its scheduling software.')).toEqual([]);
  });
});

describe('readDeals: a clause resumed after ", which ...,"', () => {
  it('the main verb after the relative clause belongs to the company before it', () => {
    expect(
      brief(
        'Vantor, which raised $60 million in a Series A round in 2024, ' +
          'has said it plans to spend $2 billion on data centers.',
      ),
    ).toEqual([
      ['funding-round', { Vantor: 'investee' }, 6e7],
      ['capex', { Vantor: 'buyer' }, 2e9],
    ]);
  });
});

describe('readDeals: the counterparty preposition reaches across a long object', () => {
  it('"from" names the seller after a long description of what is bought', () => {
    expect(
      brief(
        'Quill has agreed to buy the whole output of a 400-megawatt wind and battery park on the Baltic ' +
          'coast from Ardent.',
      ),
    ).toEqual([['power', { Quill: 'buyer', Ardent: 'seller' }, null]]);
  });
  it('"to" names the buyer of a supplier that won an order', () => {
    expect(
      brief(
        'Cobalt has won an order worth about $800 million to supply liquid-cooled server racks and ' +
          'switches to Halcyon.',
      ),
    ).toEqual([['chip-supply', { Cobalt: 'seller', Halcyon: 'buyer' }, 8e8]]);
  });
  it('an acronym of the trade after a cue is no company', () => {
    expect(brief('Vantor signed a deal worth $70 million to buy AI computing capacity from Zenith.')).toEqual([
      ['compute-lease', { Vantor: 'buyer', Zenith: 'seller' }, 7e7],
    ]);
  });
});
