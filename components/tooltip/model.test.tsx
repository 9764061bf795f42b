import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { useMessages, type Messages } from '../../lib/i18n';
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
  standings: [{ index: 0, rank: 3, of: 40, basis: 'annual', listed: true }],
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
    // A monthly rate a year: an estimate (a rate may change), labeled like every other one.
    expect(line(m, 'Per year')).toMatchObject({
      value: '$12B',
      assumptions: ['From $1B a month, at the same rate all year.'],
    });
    expect(line(m, 'Per month')).toBeUndefined();
    expect(line(m, 'Total over 3 years')?.value).toBe('$36B');
    expect(line(m, 'Standing')?.value).toBe('the 3rd largest of the 40 yearly deals you have');
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
    expect(implied.note).toBe('above the market range of $2.00–$4.00 an hour for H100');
    expect(implied.assumptions?.[0]).toBe('Yearly value $12B ÷ (50,000 accelerators × 8,760 h).');
    // 400,000 H100 at $12B a year: $3.42 an hour, inside H100's range.
    const many = buildTooltip(input(monthly, { reading: { ...reading, gpus: { ...reading.gpus, count: 400_000 } } }));
    expect(line(many, 'Implied price')?.note).toBe('within the market range of $2.00–$4.00 an hour for H100');
  });
  it('compares only with the same accelerator’s market: none for a mixed fleet, an unnamed or an unpriced one', () => {
    const withGpus = (model: string | null) =>
      buildTooltip(input(monthly, { reading: { ...READING, gpus: { mentionId: 'gpu@30', count: 50_000, model } } }));
    const mixed = line(withGpus('GB200/GB300'), 'Implied price')!;
    expect(mixed.value).toBe('$27.40 per GPU-hour');
    expect(mixed.note).toBe('mixed fleet (GB200 and GB300): no single market range to compare with');
    expect(mixed.assumptions?.join(' ')).not.toMatch(/Market range/);
    expect(line(withGpus(null), 'Implied price')?.note).toBe('accelerator not named: no market range to compare with');
    // B200 is in the reference data, but with no cloud prices: never H100's range in its place.
    expect(line(withGpus('B200'), 'Implied price')?.note).toBe('no market range for B200 in the reference data');
    // The matched deal's models stand in when the page's reading names none.
    const dealMixed = { ...DEAL, gpus: { count: 100_000, model: 'H100 and B200', modelKeys: ['H100', 'B200'] } };
    const fromDeal = buildTooltip(input(monthly, { reading: READING, match: { ...MATCH, deal: dealMixed } }));
    expect(line(fromDeal, 'Implied price')?.note).toMatch(/^mixed fleet \(H100 and B200\)/);
  });
  it('gives a yearly figure its month and a quarterly one both, each an estimate', () => {
    const yearly: Mention = {
      ...monthly,
      text: '$15 billion a year',
      amount: 15e9,
      period: 'year',
      termMonths: undefined,
    };
    const y = buildTooltip(input(yearly, { lookup: null }));
    expect(line(y, 'Per year')).toBeUndefined();
    expect(line(y, 'Per month')).toMatchObject({
      value: '$1.25B',
      assumptions: ['From $15B a year, spread evenly over its months.'],
    });
    const quarterly: Mention = { ...yearly, text: '$3 billion a quarter', amount: 3e9, period: 'quarter' };
    const q = buildTooltip(input(quarterly, { lookup: null }));
    expect(line(q, 'Per year')?.value).toBe('$12B');
    expect(line(q, 'Per month')?.value).toBe('$1B');
    expect([line(q, 'Per year'), line(q, 'Per month')].every((l) => l?.assumptions?.length)).toBe(true);
  });
  it('labels a one-time sum spread over its term as an estimate, and keeps ranges one style', () => {
    const spread: Mention = {
      ...monthly,
      text: '$10 billion over five years',
      amount: 10e9,
      period: 'one-time',
      termMonths: 60,
    };
    expect(line(buildTooltip(input(spread, { lookup: null })), 'Per year')).toMatchObject({
      value: '$2B',
      note: 'spread evenly over 5 years',
      assumptions: ['$10B spread evenly over 5 years; the payments may come unevenly.'],
    });
    const range: Mention = {
      ...monthly,
      text: '$1-2 billion a month',
      amount: 1e9,
      amountHigh: 2e9,
      termMonths: undefined,
    };
    const r = buildTooltip(input(range, { lookup: null }));
    expect(line(r, 'Amount')?.value).toBe('$1B–$2B a month');
    expect(line(r, 'Per year')?.value).toBe('$12B–$24B');
  });
  it('words a standing by what it ranks among, and a figure none of the deals is as one more', () => {
    const standingOf = (s: Partial<LookupResult['standings'][number]>) =>
      line(
        buildTooltip(
          input(monthly, {
            lookup: { ...LOOKUP, standings: [{ index: 0, rank: 6, of: 7, basis: 'annual', listed: true, ...s }] },
          }),
        ),
        'Standing',
      )?.value;
    expect(standingOf({})).toBe('the 6th largest of the 7 yearly deals you have');
    expect(standingOf({ basis: 'oneOff', rank: 2, of: 12 })).toBe('the 2nd largest of the 12 one-time deals you have');
    expect(standingOf({ basis: 'total', rank: 1, of: 9 })).toBe('the 1st largest of the 9 deal totals you have');
    expect(standingOf({ listed: false, rank: 7, of: 7 })).toBe(
      'the 7th largest if added to the 6 yearly deals you have',
    );
    expect(standingOf({ rank: 1, of: 1 })).toBe('your only yearly deal');
  });
  it('rounds converted figures in full number mode', () => {
    // €1.25B a month at 1.16 USD per EUR, shown in EUR: no "€1,077,586,207".
    const eurFx: FxTable = { ...FX, usdPer: { USD: 1, EUR: 1.16 } };
    const m = buildTooltip(input(monthly, { lookup: null, fx: eurFx, display: { currency: 'EUR', numbers: 'full' } }));
    expect(line(m, 'In EUR')?.value).toBe('€862,000,000 a month');
    expect(line(m, 'Per year')?.value).toBe('€10,300,000,000');
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
    expect(line(m, 'Amount')?.value).toBe('€5B');
    expect(line(m, 'In USD')).toMatchObject({ value: '$6B', note: 'FX of 2026-11-20' });
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
    expect(line(m, 'Could run')?.value).toBe('1M B200 or 1.43M H100');
    expect(line(m, 'Energy a year')?.value).toBe('11.4 TWh');
  });
});

describe('company tooltip', () => {
  it('summarizes the cache and lists the deals it has', () => {
    const c: Mention = { type: 'company', text: 'Ardent Labs', start: 0, end: 11, canonical: 'Ardent' };
    const m = buildTooltip(input(c, { index: 5 }));
    expect(m.heading).toBe('Ardent');
    expect(line(m, 'Kind')).toMatchObject({ value: 'AI lab', note: 'ticker ARDT' });
    expect(line(m, 'Disclosed total')?.value).toBe('$52B');
    expect(line(m, 'Main counterparties')?.value).toBe('Borealis (2) and Cobalt (1)');
    expect(m.deals).toEqual([DEAL]);
    expect(tooltipText(m)).toContain('Deals in your list: 4.');
  });
  it('says when the company is unknown to the cache', () => {
    const c: Mention = { type: 'company', text: 'Nobody', start: 0, end: 6, canonical: 'Nobody' };
    expect(buildTooltip(input(c)).lines[0].value).toBe('none in your deal list');
  });
});

describe('tooltip in the reader’s language', () => {
  const messages = (lang: string) =>
    JSON.parse(readFileSync(join(__dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
  afterEach(() => useMessages(english));
  it('words every line in German and Japanese, with figures in their digits', () => {
    useMessages(messages('de'), 'de');
    const reading = { ...READING, gpus: { mentionId: 'gpu@30', count: 50_000, model: 'H100' } };
    const de = buildTooltip(input(monthly, { reading }));
    const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
    expect(de.lines.map((l) => l.label)).toEqual(['Pro Jahr', 'Summe über 3 Jahre', 'Rang', 'Impliziter Preis']);
    expect(plain(de.lines[0].value)).toBe('12 Mrd. $');
    expect(de.lines[2].value).toBe('der 3. größte Ihrer 40 jährlichen Deals');
    expect(plain(de.lines[3].note)).toBe('über der Marktspanne von 2,00 $–4,00 $ pro Stunde für H100');
    expect(de.reading?.status).toBe('noch nicht in Ihrer Deal-Liste');
    useMessages(messages('ja'), 'ja');
    const ja = buildTooltip(input({ type: 'power', text: '1.3 GW', start: 0, end: 6, watts: 1.3e9 }, { index: 5 }));
    expect(ja.lines.map((l) => l.label)).toEqual(['電力', '稼働可能台数', '年間電力量']);
    expect(ja.lines[1].value).toBe('100万 B200または143万 H100');
  });
  it('has no English left in a German tooltip’s words', () => {
    useMessages(messages('de'), 'de');
    const gpu: Mention = {
      type: 'gpu',
      text: '10,000 GPUs',
      start: 0,
      end: 11,
      count: 10_000,
      model: null,
      vendor: null,
    };
    const m = buildTooltip(input(gpu, { index: 5 }));
    const text = [tooltipText(m), ...m.lines.flatMap((l) => [l.note ?? '', ...(l.assumptions ?? [])])].join(' ');
    expect(text).toContain('Modell nicht genannt; angenommen H100 SXM 80GB: je 700 W Boardleistung.');
    expect(text).not.toMatch(/\b(board|power|each|assumed|estimate|month|a month|not named|Count|Model|per|cooling)\b/);
  });
});
