import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/extract/types';
import type { Accelerator, Deal, FxTable } from '../../lib/feed/types';
import type { LookupResult } from '../../lib/messages';
import type { DealReading } from '../../lib/reading/types';
import { buildTooltip, tooltipText, type TooltipInput } from './model';

const FX: FxTable = { date: '2026-11-20', base: 'USD', usdPer: { USD: 1, EUR: 1.2 }, source: 't' };
const H100: Accelerator = {
  model: 'H100 SXM 80GB',
  vendor: 'Nvidia',
  architecture: 'Hopper',
  boardPowerWatts: 700,
  unitPriceUsd: { low: 25_000, high: 40_000 },
  cloudPricePerGpuHour: [{ low: 2, high: 4, tier: 'a', asOf: '2026', source: 's' }],
  sources: [],
};
const B200: Accelerator = {
  ...H100,
  model: 'B200 (SXM, 192GB HBM3e)',
  architecture: 'Blackwell',
  boardPowerWatts: 1000,
  cloudPricePerGpuHour: [],
};
const DEAL: Deal = {
  id: 'd1',
  title: 'Ardent rents Borealis capacity',
  kind: 'compute-lease',
  parties: [
    { name: 'Ardent', role: 'buyer' },
    { name: 'Borealis', role: 'seller' },
  ],
  announced: '2026-03-02',
  value: { currency: 'USD', amount: 1e9, period: 'month', termMonths: 36, total: null, note: null },
  gpus: { count: 100_000, model: 'H100', modelKeys: ['H100'] },
  powerWatts: null,
  location: null,
  status: 'confirmed',
  sources: [{ url: 'https://example.com/a', title: 'A', date: '2026-03-02' }],
};
const LOOKUP: LookupResult = {
  deals: [{ deal: DEAL, score: 3, partiesOnPage: ['Ardent', 'Borealis'], figureIndexes: [0] }],
  companies: {
    Ardent: {
      company: { name: 'Ardent', aliases: [], ticker: 'ARDT', kind: 'ai-lab' },
      dealCount: 4,
      disclosedUsd: 52e9,
      topCounterparties: [
        { name: 'Borealis', deals: 2 },
        { name: 'Cobalt', deals: 1 },
      ],
      latestDealIds: ['d1', 'missing'],
    },
  },
  standings: [{ index: 0, rank: 3, of: 40, among: 'compute deals by annual value' }],
  reference: { accelerators: [H100, B200], fx: FX },
};
// Ardent rents Borealis' H100s for $1B a month over three years, as the reader would give it.
const READING: DealReading = {
  id: 'deal@0-0',
  kind: 'compute-lease',
  parties: [
    { name: 'Ardent', role: 'buyer', mentionIds: ['company@50'] },
    { name: 'Borealis', role: 'seller', mentionIds: ['company@70'] },
  ],
  money: { mentionId: 'money@0', currency: 'USD', amount: 1e9, period: 'month', termMonths: 36 },
  gpus: null,
  powerWatts: null,
  status: 'confirmed',
  evidence: { start: 0, end: 90, text: '' },
  mentionIds: ['money@0', 'company@50', 'company@70'],
};
const MATCH = { deal: DEAL, readingId: READING.id, why: 'same parties and amount' };
const DISPLAY = { currency: 'USD' as const, numbers: 'compact' as const };
const input = (mention: Mention, extra: Partial<TooltipInput> = {}): TooltipInput => ({
  mention,
  index: 0,
  reading: null,
  match: null,
  lookup: LOOKUP,
  display: DISPLAY,
  fx: null,
  ...extra,
});
const line = (m: ReturnType<typeof buildTooltip>, label: string) => m.lines.find((l) => l.label === label);

const monthly: Mention = {
  type: 'money',
  text: '$1 billion a month',
  start: 0,
  end: 18,
  currency: 'USD',
  amount: 1e9,
  period: 'month',
  termMonths: 36,
};

describe('money tooltip', () => {
  it('annualizes, totals the term, ranks and shows the deal its reading matches, with why', () => {
    const m = buildTooltip(input(monthly, { reading: READING, match: MATCH }));
    // USD shown in USD: the heading already has the figure as written.
    expect(line(m, 'Amount')).toBeUndefined();
    expect(line(m, 'Per year')?.value).toBe('$12.0B');
    expect(line(m, 'Total over 3 years')?.value).toBe('$36.0B');
    expect(line(m, 'Standing')).toMatchObject({
      value: '3rd largest',
      note: 'of 40 compute deals by annual value in the cache',
    });
    expect(m.deals).toEqual([DEAL]);
    expect(m.dealsHeading).toBe('In your deal list: same parties and amount');
    expect(m.reading).toEqual({
      words: 'Ardent (buyer) pays Borealis (seller) $1B a month for 3 years = $36B · compute lease · confirmed',
      status: 'in your deal list (same parties and amount)',
      canSave: false,
    });
    expect(tooltipText(m)).toContain('Deal: Ardent (buyer) pays Borealis (seller)');
  });
  it('implies a price per GPU-hour from the reading’s accelerators, against the market range', () => {
    const reading = { ...READING, gpus: { mentionId: 'gpu@30', count: 50_000, model: 'H100' } };
    const m = buildTooltip(input(monthly, { reading }));
    const implied = line(m, 'Implied price')!;
    // $12B a year / (50,000 × 8,760 h) = $27.40
    expect(implied.value).toBe('$27.40 per GPU-hour');
    expect(implied.note).toBe('market $2.00–$4.00 for H100 (above)');
    expect(implied.assumptions?.[0]).toBe('Yearly value $12.0B ÷ (50,000 accelerators × 8,760 h).');
  });
  it('shows no deal for a figure matched on a number alone, and says when the list lacks the read deal', () => {
    // LOOKUP matched figure 0 to DEAL by value; without a reading that reports it, no card.
    const bare = buildTooltip(input(monthly));
    expect(bare.deals).toEqual([]);
    expect(bare.reading).toBeUndefined();
    const unlisted = buildTooltip(input(monthly, { reading: READING }));
    expect(unlisted.deals).toEqual([]);
    expect(unlisted.reading?.status).toBe('not in your deal list yet');
    // A reading neither the deal list nor My deals has can be saved; an ended one cannot.
    expect(unlisted.reading?.canSave).toBe(true);
    const ended = buildTooltip(input(monthly, { reading: { ...READING, status: 'terminated' } }));
    expect(ended.reading?.canSave).toBe(false);
  });
  it('says a reading the reader saved is in My deals, with the saved deal under its own heading', () => {
    const m = buildTooltip(
      input(monthly, { reading: READING, match: { ...MATCH, why: 'saved from this page', mine: true } }),
    );
    expect(m.reading).toMatchObject({ status: 'in My deals (saved from this page)', canSave: false });
    expect(m.dealsHeading).toBe('In My deals: saved from this page');
    expect(m.deals).toEqual([DEAL]);
  });
  it('falls back to the matched deal’s accelerator count', () => {
    const m = buildTooltip(input(monthly, { reading: READING, match: MATCH }));
    expect(line(m, 'Implied price')?.value).toBe('$13.70 per GPU-hour');
    expect(line(m, 'Implied price')?.assumptions).toContain('Accelerator count from the matched deal.');
  });
  it('converts a foreign amount to USD with the FX date, and shows the reader currency', () => {
    const eur: Mention = {
      type: 'money',
      text: '€5 billion',
      start: 0,
      end: 10,
      currency: 'EUR',
      amount: 5e9,
      period: 'one-time',
    };
    const m = buildTooltip(input(eur, { index: 9 }));
    expect(line(m, 'Amount')?.value).toBe('€5.0B');
    expect(line(m, 'In USD')).toMatchObject({ value: '$6.0B', note: 'FX of 2026-11-20' });
    const inEur = buildTooltip(input(monthly, { index: 9, display: { currency: 'EUR', numbers: 'compact' } }));
    expect(line(inEur, 'In EUR')?.value).toBe('€833M a month');
  });
  it('says so when a figure is vague', () => {
    const vague: Mention = {
      type: 'money',
      text: 'tens of billions',
      start: 0,
      end: 16,
      currency: 'USD',
      period: 'one-time',
      vague: true,
    };
    expect(buildTooltip(input(vague, { lookup: null })).lines).toEqual([
      { label: 'Amount', value: 'not stated', note: 'a vague figure: no number to normalize' },
    ]);
  });
});

describe('accelerator tooltip', () => {
  const gpu: Mention = {
    type: 'gpu',
    text: '10,000 Blackwell GPUs',
    start: 0,
    end: 21,
    count: 10_000,
    model: 'Blackwell',
    vendor: 'Nvidia',
  };
  it('estimates power with the overhead factor, cost and rental, labeled as estimates', () => {
    const m = buildTooltip(input(gpu, { index: 5 }));
    expect(line(m, 'Board power')?.value).toBe('10 MW');
    expect(line(m, 'Facility power')).toMatchObject({ value: '13 MW', note: '× 1.3 overhead' });
    expect(line(m, 'Purchase cost')?.value).toBe('$250M–$400M');
    expect(line(m, 'Board power')?.assumptions?.[0]).toBe('B200 (SXM, 192GB HBM3e): 1 kW board power each.');
    // B200 has no rental tiers in this reference: no rental line rather than a made-up one.
    expect(line(m, 'Rental value')).toBeUndefined();
  });
  it('assumes an H100 when the model is unknown and prices a month of rental', () => {
    const m = buildTooltip(input({ ...gpu, model: null, text: '10,000 GPUs' }, { index: 5 }));
    expect(line(m, 'Board power')?.assumptions?.[0]).toMatch(/^Model not named; assumed H100 SXM 80GB/);
    expect(line(m, 'Rental value')?.value).toBe('$14.6M–$29.2M a month');
  });
});

describe('power tooltip', () => {
  it('counts the accelerators a site can run and its yearly energy', () => {
    const p: Mention = { type: 'power', text: '1.3 gigawatts', start: 0, end: 13, watts: 1.3e9 };
    const m = buildTooltip(input(p, { index: 5 }));
    // 1.3 GW / (1000 W × 1.3) = 1,000,000 B200; / (700 × 1.3) = 1,428,571 H100.
    expect(line(m, 'Could run')?.value).toBe('1.0M B200 or 1.43M H100');
    expect(line(m, 'Energy a year')?.value).toBe('11.4 TWh');
  });
});

describe('company tooltip', () => {
  it('summarizes the cache and lists the deals it has', () => {
    const c: Mention = { type: 'company', text: 'Ardent Labs', start: 0, end: 11, canonical: 'Ardent' };
    const m = buildTooltip(input(c, { index: 5 }));
    expect(m.heading).toBe('Ardent');
    expect(line(m, 'Kind')).toMatchObject({ value: 'AI lab', note: 'ticker ARDT' });
    expect(line(m, 'Disclosed total')?.value).toBe('$52.0B');
    expect(line(m, 'Main counterparties')?.value).toBe('Borealis (2), Cobalt (1)');
    expect(m.deals).toEqual([DEAL]);
    expect(tooltipText(m)).toContain('Deals in cache: 4.');
  });
  it('says when the company is unknown to the cache', () => {
    const c: Mention = { type: 'company', text: 'Nobody', start: 0, end: 6, canonical: 'Nobody' };
    expect(buildTooltip(input(c)).lines[0].value).toBe('none in the deal cache');
  });
});
