// Status on invented sentences: votes and withdrawals end a deal, sources described by the talks they
// know of do not make talks, a company's own report is no media report, an earlier deal keeps its own status.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';
import { statusOf } from './status';

const names = ['Borealis', 'Zenith', 'Quill', 'Vantor', 'Cobalt'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const statuses = (text: string) => readDeals(extractor.document(text)).map((d) => d.status);
const words = (text: string) => text.toLowerCase().split(/\s+/);

describe('statusOf', () => {
  it('a vote down or a withdrawal ends the deal', () => {
    expect(statusOf(words('shareholders voted down the offer'))).toBe('terminated');
    expect(statusOf(words('it would not go ahead with the lease'))).toBe('terminated');
  });
  it('sources close to the negotiations report an agreed deal, they do not make it talks', () => {
    expect(
      statusOf(words('Foo agreed to buy Bar , the paper reported , citing people close to the negotiations')),
    ).toBe('reported');
    expect(statusOf(words('Foo is in talks to buy Bar'))).toBe('rumored');
  });
  it('a deal disclosed in a quarterly report is confirmed', () => {
    expect(statusOf(words('a purchase Foo disclosed in its quarterly report'))).toBe('confirmed');
  });
});

describe('readDeals: an earlier deal told in passing keeps its own status', () => {
  it('talks about one deal do not make an earlier signed contract rumored', () => {
    expect(
      statuses('The Quill talks come a year after the lab signed a $2 billion contract to rent servers from Zenith.'),
    ).toEqual(['confirmed']);
  });
  it('an acquisition named with "since it bought" is read beside the talks', () => {
    expect(
      readDeals(
        extractor.document('Borealis is in talks to acquire Vantor, its biggest purchase since it bought Cobalt.'),
      ).map((d) => [d.parties.map((p) => p.name).join('+'), d.status]),
    ).toEqual([
      ['Borealis+Vantor', 'rumored'],
      ['Borealis+Cobalt', 'confirmed'],
    ]);
  });
});

describe('readDeals: the words after a deal', () => {
  it('a price only unnamed sources give makes the deal reported, even when neither side disclosed it', () => {
    const [d] = readDeals(
      extractor.document(
        'Quill is selling its sensor unit to Borealis, the two companies said. ' +
          'Neither side disclosed terms, but people familiar with the matter said the buyer would pay $250 million.',
      ),
    );
    expect([d.money?.amount, d.status]).toEqual([2.5e8, 'reported']);
  });
  it('a sentence about talks goes to the deal in talks, not to one told in passing', () => {
    expect(
      statuses(
        'Vantor is in talks to acquire Zenith, its largest purchase since it bought Cobalt. ' +
          'The talks may not lead to a deal.',
      ),
    ).toEqual(['rumored', 'confirmed']);
  });
});

describe('readDeals: a payer named later settles the direction', () => {
  it('"signed a lease with X ... X will pay" makes X the tenant and gives the value', () => {
    const deals = readDeals(
      extractor.document(
        'Zenith has signed a 10-year lease with Quill for a campus in Idaho, the landlord said. ' +
          'Zenith will build the halls. Quill will pay about $3 billion over the term, ' +
          'a person familiar with the terms said.',
      ),
    );
    expect(
      deals.map((d) => [d.parties.map((p) => `${p.name}:${p.role}`).join(', '), d.money?.amount, d.status]),
    ).toEqual([['Zenith:seller, Quill:buyer', 3e9, 'reported']]);
  });
  it('paying for something else out of proceeds is no payment of the deal', () => {
    const deals = readDeals(
      extractor.document(
        'Borealis will rent 2,000 GPUs from Vantor for $90 million. ' +
          'Vantor paid for the servers with proceeds from a $400 million share sale.',
      ),
    );
    expect(deals[0].parties.map((p) => `${p.name}:${p.role}`)).toEqual(['Borealis:buyer', 'Vantor:seller']);
  });
});
