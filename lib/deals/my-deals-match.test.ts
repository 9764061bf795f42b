// A page's readings against the deal list and My deals: the real extractor and reader on invented
// sentences, the record a Save would store.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company, Deal } from '../feed/types';
import { readDeals } from '../reading/index';
import { myDealFromReading } from './my-deals';
import { canSave, matchPage, withSavedDeal } from './my-deals-match';
import type { DealMatch } from './replies';

const names = ['Kestrel Dynamics', 'Orrin Grid', 'Sable Works'];
const companies = names.map((name) => ({ name, aliases: [], ticker: null, kind: 'other' })) as Company[];
const extractor = createExtractor({ companies });
const read = (text: string) => readDeals(extractor.document(text));
const URL_A = 'https://news.example/a';

const [lease] = read('Kestrel Dynamics will pay Orrin Grid $450 million a year to rent 16,000 B200 GPUs.');
const [capex] = read('Sable Works plans to spend $3 billion on new data centers this year.');
const saved = myDealFromReading(lease, { url: URL_A, title: 'A', date: '2026-10-01' }, '2026-12-02');
const asMatch = (deal: Deal): DealMatch => ({ deal, score: 1, partiesOnPage: [], figureIndexes: [] });

describe('matchPage', () => {
  it('matches nothing before a Save; after it, the reading is in My deals', () => {
    expect(matchPage([lease], { deals: [], mine: [] }, null, URL_A).size).toBe(0);
    expect(canSave(lease, null)).toBe(true);
    const lookup = withSavedDeal({ deals: [], mine: [] }, saved);
    const match = matchPage([lease], lookup, null, URL_A).get(lease.id);
    expect(match).toMatchObject({ deal: saved, mine: true, why: 'saved from this page' });
    expect(canSave(lease, match!)).toBe(false);
  });

  it('finds a saved deal from another page by its parties and amount', () => {
    const match = matchPage([lease], { deals: [], mine: [saved] }, null, 'https://other.example/b').get(lease.id);
    expect(match).toMatchObject({ mine: true, why: 'same parties and amount' });
  });

  it('matches a one-party reading (which no deal matches by parties) to the deal saved from its own page', () => {
    expect(capex).toBeDefined();
    const plan = myDealFromReading(capex, { url: URL_A, title: 'A', date: null }, '2026-12-02');
    expect(matchPage([capex], { deals: [], mine: [plan] }, null, 'https://other.example/b').size).toBe(0);
    expect(matchPage([capex], { deals: [], mine: [plan] }, null, `${URL_A}#top`).get(capex.id)?.mine).toBe(true);
  });

  it('prefers the deal list’s record when both have the deal', () => {
    const listed = { ...saved, id: 'kestrel-orrin-2026' };
    const match = matchPage([lease], { deals: [asMatch(listed)], mine: [saved] }, null, URL_A).get(lease.id);
    expect(match).toMatchObject({ deal: listed, mine: false });
  });

  it('adds a saved deal once, replacing an older copy with the same id', () => {
    const twice = withSavedDeal(withSavedDeal({ mine: [] as Deal[] }, saved), { ...saved, title: 'new' });
    expect(twice.mine.map((d) => d.title)).toEqual(['new']);
  });
});
