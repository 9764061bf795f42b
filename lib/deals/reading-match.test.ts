// Matching by reading, on readings of invented sentences (the real extractor and reader) against
// invented cached deals.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company, Deal } from '../feed/types';
import { readDeals } from '../reading/index';
import { matchReadings, whyReadingMatches } from './reading-match';
import { isDealOnPage } from './on-page';

const names = ['Vantor AI', 'Borealis Compute', 'Quill Labs', 'Zenith Cloud', 'Ardent Capital'];
const companies = names.map((name) => ({ name, aliases: [], ticker: null, kind: 'other' })) as Company[];
const extractor = createExtractor({ companies });
const read = (text: string) => readDeals(extractor.document(text));

function deal(over: Partial<Deal> & Pick<Deal, 'id' | 'kind' | 'parties'>): Deal {
  return {
    title: over.id,
    announced: '2026-03-01',
    value: null,
    gpus: null,
    powerWatts: null,
    location: null,
    status: 'confirmed',
    sources: [],
    ...over,
  };
}
const lease = (amount: number, id = 'vantor-borealis') =>
  deal({
    id,
    kind: 'compute-lease',
    parties: [
      { name: 'Vantor AI', role: 'buyer' },
      { name: 'Borealis Compute', role: 'seller' },
    ],
    value: { currency: 'USD', amount, period: null, termMonths: null, total: null, note: null },
  });

const sentence = 'Vantor AI signed a $2.4 billion deal to rent 24,000 B200 GPUs from Borealis Compute.';

describe('whyReadingMatches', () => {
  it('matches the same parties and amount, and says so', () => {
    const [r] = read(sentence);
    expect(whyReadingMatches(r, lease(2.4e9), null)).toBe('same parties and amount');
  });
  it('matches the same parties and kind with a different amount, and shows both amounts', () => {
    const [r] = read(sentence);
    expect(whyReadingMatches(r, lease(3e9), null)).toBe('same parties; $2.4B here vs $3B in your list');
  });
  it('does not match other parties with the same amount (never a number alone)', () => {
    const [r] = read(sentence);
    const other = lease(2.4e9);
    other.parties = [
      { name: 'Quill Labs', role: 'buyer' },
      { name: 'Borealis Compute', role: 'seller' },
    ];
    expect(whyReadingMatches(r, other, null)).toBeNull();
  });
  it('does not match the same parties when both kind and amount differ', () => {
    const [r] = read(sentence);
    const round = { ...lease(9e9), kind: 'investment' as const };
    expect(whyReadingMatches(r, round, null)).toBeNull();
  });
  it('compares a yearly rate with a yearly deal value', () => {
    const [r] = read('Vantor AI will pay Borealis Compute $600 million a year for four years in a compute lease.');
    const yearly = lease(600e6);
    yearly.value = { ...yearly.value!, period: 'year', termMonths: 48 };
    expect(whyReadingMatches(r, yearly, null)).toBe('same parties and amount');
  });

  it('takes a deal’s base amount as agreeing even when its total with options differs', () => {
    const [r] = read(
      'Vantor AI signed a $2.4 billion deal over five years to rent 24,000 B200 GPUs from Borealis Compute.',
    );
    const based = lease(2.4e9);
    // Another kind than the reader gives, so only the amount can match it.
    based.kind = 'cloud-contract';
    based.value = { ...based.value!, termMonths: 60, total: 3.1e9 };
    expect(whyReadingMatches(r, based, null)).toBe('same parties and amount');
  });
});

describe('matchReadings', () => {
  it('gives a bare accelerator count with no parties no match', () => {
    const readings = read('The site will hold 200,000 GPUs by next year.');
    expect(matchReadings(readings, [lease(2.4e9)], null).size).toBe(0);
  });
  it('prefers the deal whose amount agrees', () => {
    const [r] = read(sentence);
    const found = matchReadings([r], [lease(3e9, 'older'), lease(2.4e9, 'exact')], null).get(r.id);
    expect(found?.deal.id).toBe('exact');
  });
});

describe('isDealOnPage', () => {
  it('is on the page only when a reading reports it', () => {
    const readings = read(sentence);
    expect(isDealOnPage({ deal: lease(2.4e9), readings, fx: null })).toBe(true);
    expect(
      isDealOnPage({ deal: lease(2.4e9), readings: read('Vantor AI and Borealis Compute both grew.'), fx: null }),
    ).toBe(false);
  });
});
