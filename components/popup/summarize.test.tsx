import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/extract/types';
import type { Deal, Reference } from '../../lib/feed/types';
import type { LookupResult } from '../../lib/messages';
import type { DealReading } from '../../lib/reading/types';
import { nextIndex, summarize } from './summarize';

// Mentions as an extractor would give them for an invented sentence:
// "Zephyr AI will pay Orbital Cloud $2 billion a month for 50,000 H200 chips drawing 1.5 gigawatts;
//  Orbital Cloud also raised €900 million."
const text =
  'Zephyr AI will pay Orbital Cloud $2 billion a month for 50,000 H200 chips drawing 1.5 gigawatts; ' +
  'Orbital Cloud also raised €900 million.';
const at = (s: string, from = 0) => ({ text: s, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const mentions: Mention[] = [
  { type: 'company', canonical: 'Zephyr', ...at('Zephyr AI') },
  { type: 'company', canonical: 'Orbital', ...at('Orbital Cloud') },
  { type: 'money', currency: 'USD', amount: 2e9, period: 'month', ...at('$2 billion a month') },
  { type: 'gpu', count: 50000, model: 'H200', vendor: 'NVIDIA', ...at('50,000 H200 chips') },
  { type: 'power', watts: 1.5e9, ...at('1.5 gigawatts') },
  { type: 'company', canonical: 'Orbital', ...at('Orbital Cloud', 60) },
  { type: 'money', currency: 'EUR', amount: 9e8, period: 'one-time', ...at('€900 million') },
];

const reference: Reference = {
  accelerators: [],
  fx: { date: '2026-01-02', base: 'USD', usdPer: { EUR: 1.1, GBP: 1.25, JPY: 0.0064 }, source: 'test' },
};

const deal: Deal = {
  id: 'zephyr-orbital-2026',
  title: 'Zephyr rents Orbital capacity',
  kind: 'compute-lease',
  parties: [
    { name: 'Zephyr', role: 'buyer' },
    { name: 'Orbital', role: 'seller' },
  ],
  announced: '2026-03',
  value: { currency: 'USD', amount: 2e9, period: 'month', termMonths: null, total: null, note: null },
  gpus: null,
  powerWatts: null,
  location: null,
  status: 'confirmed',
  sources: [{ url: 'https://news.example/zephyr', title: 'Zephyr deal', date: '2026-03-01' }],
};

const lookup: LookupResult = {
  deals: [{ deal, score: 3, partiesOnPage: ['Zephyr', 'Orbital'], figureIndexes: [2] }],
  companies: {
    Orbital: {
      company: { name: 'Orbital', aliases: [], ticker: null, kind: 'neocloud' },
      dealCount: 4,
      disclosedUsd: 0,
      topCounterparties: [],
      latestDealIds: [],
    },
  },
  standings: [],
  reference,
};

describe('summarize', () => {
  it('groups figures by kind with normalized values and keeps page indexes', () => {
    const lists = summarize(mentions, lookup, { currency: 'USD', numbers: 'compact' });
    expect(lists.counts).toEqual({ figures: 4, companies: 2, deals: 1 });
    expect(lists.figures.money.map((f) => [f.index, f.value])).toEqual([
      [2, '$2B/month → $24B a year'],
      [6, '$990M'],
    ]);
    expect(lists.figures.gpu[0]).toMatchObject({ index: 3, value: '50,000 H200' });
    expect(lists.figures.power[0]).toMatchObject({ index: 4, value: '1.5 GW' });
  });

  it('lists each company once with all its marks and its deal count from the cache', () => {
    const lists = summarize(mentions, lookup, { currency: 'USD', numbers: 'compact' });
    expect(lists.companies).toEqual([
      { name: 'Zephyr', indexes: [0], dealCount: null },
      { name: 'Orbital', indexes: [1, 5], dealCount: 4 },
    ]);
  });

  it('describes matched deals with their normalized figure and the page words', () => {
    const [d] = summarize(mentions, lookup, { currency: 'USD', numbers: 'compact' }).deals;
    expect(d.deal.id).toBe('zephyr-orbital-2026');
    expect(d.normalized).toBe('$2B/month ($24B a year)');
    expect(d.matchedText).toEqual(['$2 billion a month']);
    expect(d.indexes).toEqual([2]);
  });

  it('converts with the FX table into the display currency and style', () => {
    const lists = summarize(mentions, lookup, { currency: 'EUR', numbers: 'full' });
    // €900M stays €900M; $2B a month is 2e9 / 1.1 euros.
    expect(lists.figures.money[1].value).toBe('€900,000,000');
    expect(lists.figures.money[0].value).toBe('€1,820,000,000/month → €21,800,000,000 a year');
  });

  it('adds a normalized figure to a deal only when it differs from the quoted one', () => {
    const oneOff: Deal = { ...deal, value: { ...deal.value!, period: null, amount: 5e9 } };
    const withOneOff: LookupResult = { ...lookup, deals: [{ ...lookup.deals[0], deal: oneOff }] };
    expect(summarize(mentions, withOneOff, { currency: 'USD', numbers: 'compact' }).deals[0].normalized).toBeNull();
    expect(summarize(mentions, withOneOff, { currency: 'GBP', numbers: 'compact' }).deals[0].normalized).toBe('£4B');
  });

  it('points a deal without a matching figure at its parties on the page', () => {
    const partiesOnly: LookupResult = { ...lookup, deals: [{ ...lookup.deals[0], figureIndexes: [] }] };
    const [d] = summarize(mentions, partiesOnly, { currency: 'USD', numbers: 'compact' }).deals;
    expect(d.matchedText).toEqual([]);
    expect(d.indexes).toEqual([0, 1]);
  });

  // The reading of the first clause, as lib/reading gives it (page-wide ids: chunk serial 0).
  const reading: DealReading = {
    id: '0:deal@0-0',
    kind: 'compute-lease',
    parties: [
      { name: 'Zephyr', role: 'buyer', mentionIds: ['0:company@0'] },
      { name: 'Orbital', role: 'seller', mentionIds: ['0:company@19'] },
    ],
    money: { mentionId: '0:money@33', currency: 'USD', amount: 2e9, period: 'month' },
    gpus: { mentionId: '0:gpu@56', count: 50_000, model: 'H200' },
    powerWatts: null,
    status: 'confirmed',
    evidence: { start: 0, end: 96, text: '' },
    mentionIds: ['0:company@0', '0:company@19', '0:money@33', '0:gpu@56'],
  };
  const mentionIds = mentions.map((m) => `0:${m.type}@${m.start}`);

  it('lists the deals the article reports first, each with its cached match or none', () => {
    const page = { readings: [reading], mentionIds };
    const [report] = summarize(mentions, lookup, { currency: 'USD', numbers: 'compact' }, page).reports;
    expect(report.words).toBe(
      'Zephyr (buyer) pays Orbital (seller) $2B a month · 50,000 H200 · compute lease · confirmed',
    );
    expect(report.match?.deal.id).toBe(deal.id);
    expect(report.match?.why).toBe('same parties and amount');
    expect(report.indexes).toEqual([0, 1, 2, 3]);
    const unlisted = summarize(mentions, { ...lookup, deals: [] }, { currency: 'USD', numbers: 'compact' }, page);
    expect(unlisted.reports[0].match).toBeNull();
  });

  it('puts a deal on the page only when a reading reports it, never on a figure alone', () => {
    const display = { currency: 'USD' as const, numbers: 'compact' as const };
    expect(summarize(mentions, lookup, display, { readings: [reading], mentionIds }).deals[0].onPage).toBe(true);
    // The lookup matched figure 2 by value, and both parties are named: without a reading, not on the page.
    expect(summarize(mentions, lookup, display).deals[0].onPage).toBe(false);
  });

  it('lists identical figures once, with every place they appear', () => {
    const twice: Mention[] = [...mentions, { ...mentions[2], start: 200, end: 218 }];
    const money = summarize(twice, lookup, { currency: 'USD', numbers: 'compact' }).figures.money;
    expect(money.map((f) => f.indexes)).toEqual([[2, 7], [6]]);
  });

  it('leaves out the mention types the reader does not mark, keeping page indexes', () => {
    const types = { company: true, money: true, gpu: false, power: false };
    const lists = summarize(mentions, lookup, { currency: 'USD', numbers: 'compact', types });
    expect(lists.counts.figures).toBe(2);
    expect(lists.figures.gpu).toEqual([]);
    expect(lists.figures.money.map((f) => f.index)).toEqual([2, 6]);
  });

  it('works without a lookup (cache unavailable): no deals, unknown counts, own currencies', () => {
    const lists = summarize(mentions, null, { currency: 'USD', numbers: 'compact' });
    expect(lists.deals).toEqual([]);
    expect(lists.companies[1].dealCount).toBeNull();
    expect(lists.figures.money[1].value).toBe('€900M');
  });
});

describe('nextIndex', () => {
  it("cycles through an item's marks", () => {
    expect(nextIndex([1, 5], undefined)).toBe(1);
    expect(nextIndex([1, 5], 1)).toBe(5);
    expect(nextIndex([1, 5], 5)).toBe(1);
    expect(nextIndex([], undefined)).toBeUndefined();
  });
});
