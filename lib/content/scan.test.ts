import { describe, expect, it } from 'vitest';
import type { Mention } from '../extract/types';
import {
  expandLookup,
  extractInSlices,
  MAX_BLOCK,
  overlongBlockEnd,
  figureQueries,
  nextWindowSize,
  MAX_WINDOW,
  pageCompanies,
  mergeLookups,
  planLookup,
  planLookups,
  remapLookup,
  windowEnd,
  windows,
} from './scan';
import type { LookupResult } from '../messages';

describe('windows', () => {
  it('cuts only after a line break and covers the text exactly', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} has some words.`).join('\n');
    const parts = windows(text, 100);
    expect(parts[0][0]).toBe(0);
    expect(parts[parts.length - 1][1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i][0]).toBe(parts[i - 1][1]);
      expect(text[parts[i][0] - 1]).toBe('\n');
    }
    expect(Math.max(...parts.map(([s, e]) => e - s))).toBeLessThanOrEqual(100);
  });
  it('keeps one over-long block whole', () => {
    const text = 'a'.repeat(300) + '\nshort';
    expect(windows(text, 100)).toEqual([
      [0, 301],
      [301, 306],
    ]);
  });
  it('cuts a block longer than MAX_BLOCK after a sentence, else at a space, else anywhere', () => {
    const prose = 'One two three. Four five six seven eight nine ten. ';
    expect(windowEnd(prose.repeat(10) + '\nend', 0, 60, 200)).toBe(prose.length); // after "ten. "
    const words = 'lorem ipsum dolor sit amet '.repeat(20);
    expect(words[windowEnd(words + '\nend', 0, 100, 200) - 1]).toBe(' ');
    expect(windowEnd('7'.repeat(1000) + '\nend', 0, 100, 200)).toBe(100);
    expect(windowEnd('7'.repeat(1000), 900, 100, 200)).toBe(1000);
    // Windows still tile the text exactly, and no window exceeds the size inside a long block.
    const text = `${'$1-'.repeat(2000)}\nA short paragraph.\n${'9'.repeat(5000)}`;
    let at = 0;
    for (; at < text.length;) {
      const next = windowEnd(text, at, 500, 1000);
      expect(next).toBeGreaterThan(at);
      expect(next - at).toBeLessThanOrEqual(1000);
      at = next;
    }
    expect(at).toBe(text.length);
  });
});

describe('windowEnd / nextWindowSize', () => {
  it('cuts after the last break inside the window, else after the next one', () => {
    const text = 'aaaa\nbbbb\ncccccccccc\ndd';
    expect(windowEnd(text, 0, 7)).toBe(5);
    expect(windowEnd(text, 5, 3)).toBe(10);
    expect(windowEnd(text, 10, 100)).toBe(text.length);
  });
  it('grows fast windows, shrinks slow ones, within bounds', () => {
    expect(nextWindowSize(1000, 1)).toBe(2000);
    expect(nextWindowSize(1000, 8)).toBe(1000);
    expect(nextWindowSize(1000, 30)).toBe(500);
    expect(nextWindowSize(500, 30)).toBe(500);
    expect(nextWindowSize(MAX_WINDOW, 1)).toBe(MAX_WINDOW);
    expect(nextWindowSize(6_000, 1)).toBe(MAX_WINDOW);
  });
});

describe('extractInSlices', () => {
  it('shifts offsets of later windows back to whole-text offsets', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Line ${i}: $${i} million.`).join('\n');
    const fake = (t: string): Mention[] =>
      [...t.matchAll(/\$\d+ million/g)].map((m) => ({
        type: 'money',
        text: m[0],
        start: m.index!,
        end: m.index! + m[0].length,
        currency: 'USD',
        amount: 1,
        period: 'one-time',
      }));
    const out = (await extractInSlices(
      text.replace(/x/g, 'x'),
      fake,
      (f) => f(),
      () => false,
    ))!;
    expect(out).toHaveLength(40);
    for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('leaves a block longer than MAX_BLOCK unread, and reads the blocks around it', async () => {
    const seen: string[] = [];
    const fake = (t: string): Mention[] => {
      seen.push(t);
      return [];
    };
    const long = '$1-'.repeat(MAX_BLOCK);
    const text = `Before: $5 million.\n${long}\nAfter: $6 million.`;
    await extractInSlices(
      text,
      fake,
      (f) => f(),
      () => false,
    );
    expect(seen.join('')).toBe('Before: $5 million.\nAfter: $6 million.');
    expect(overlongBlockEnd(text, 0)).toBe(-1);
    expect(overlongBlockEnd(text, text.indexOf('$1-'))).toBe(text.indexOf('After'));
  });
});

describe('figureQueries', () => {
  const fx = { date: 'd', base: 'USD' as const, usdPer: { USD: 1, EUR: 2 }, source: 's' };
  it('annualizes rates, converts currencies and skips vague figures', () => {
    const mentions: Mention[] = [
      { type: 'company', text: 'Ardent', start: 0, end: 6, canonical: 'Ardent' },
      {
        type: 'money',
        text: '€1 billion a month for two years',
        start: 7,
        end: 20,
        currency: 'EUR',
        amount: 1e9,
        period: 'month',
        termMonths: 24,
      },
      { type: 'money', text: 'billions', start: 21, end: 29, currency: 'USD', period: 'one-time', vague: true },
      { type: 'gpu', text: '5,000 GPUs', start: 30, end: 40, count: 5000, model: null, vendor: null },
      { type: 'power', text: '1 GW', start: 41, end: 45, watts: 1e9 },
      { type: 'company', text: 'Ardent Labs', start: 50, end: 61, canonical: 'Ardent' },
    ];
    expect(figureQueries(mentions, fx)).toEqual([
      { index: 1, usdPerYear: 24e9, usdTotal: 48e9 },
      { index: 3, gpuCount: 5000 },
      { index: 4, watts: 1e9 },
    ]);
    expect(pageCompanies(mentions)).toEqual(['Ardent']);
  });
});

describe('planLookup / expandLookup', () => {
  const money = (i: number, amount: number): Mention => ({
    type: 'money',
    text: `$${amount}`,
    start: i * 10,
    end: i * 10 + 5,
    currency: 'USD',
    amount,
    period: 'one-time',
  });
  const gpu = (i: number, count: number): Mention => ({
    type: 'gpu',
    text: `${count} GPUs`,
    start: i * 10,
    end: i * 10 + 5,
    count,
    model: null,
    vendor: null,
  });
  it('sends identical figures once, money first, within the limits, and spreads answers back', () => {
    const mentions = [gpu(0, 100), money(1, 5e6), money(2, 7e6), money(3, 5e6), gpu(4, 100), gpu(5, 300)];
    const plan = planLookup(mentions, null, { figures: 3, companies: 1 });
    expect(plan.figures).toEqual([
      { index: 1, usd: 5e6 },
      { index: 2, usd: 7e6 },
      { index: 0, gpuCount: 100 },
    ]);
    expect(plan.groups.get(1)).toEqual([1, 3]);
    const result: LookupResult = {
      deals: [],
      companies: {},
      reference: { accelerators: [], fx: { date: 'd', base: 'USD', usdPer: {}, source: 's' } },
      standings: [{ index: 1, rank: 2, of: 9, basis: 'annual', listed: true }],
    };
    result.deals.push({ deal: {} as never, score: 1, partiesOnPage: [], figureIndexes: [0] });
    const out = expandLookup(result, plan);
    expect(out.standings.map((s) => s.index)).toEqual([1, 3]);
    expect(out.deals[0].figureIndexes).toEqual([0, 4]);
  });
  it('keeps the most named companies when there are too many', () => {
    const c = (name: string): Mention => ({ type: 'company', text: name, start: 0, end: 1, canonical: name });
    expect(planLookup([c('A'), c('B'), c('B'), c('C')], null, { figures: 5, companies: 1 }).companies).toEqual(['B']);
  });
});

describe('remapLookup', () => {
  it('renumbers figure links and standings, and drops those of figures that left the page', () => {
    const deal = { id: 'd1' } as unknown as LookupResult['deals'][number]['deal'];
    const result = {
      deals: [{ deal, score: 1, partiesOnPage: ['Oracle'], figureIndexes: [0, 2, 3] }],
      companies: {},
      standings: [
        { index: 2, rank: 1, of: 9, basis: 'annual', listed: true },
        { index: 3, rank: 2, of: 9, basis: 'annual', listed: true },
      ],
      reference: { accelerators: [] },
    } as unknown as LookupResult;
    const out = remapLookup(result, [0, -1, -1, 1]);
    expect(out.deals[0].figureIndexes).toEqual([0, 1]);
    expect(out.standings).toEqual([{ index: 1, rank: 2, of: 9, basis: 'annual', listed: true }]);
    expect(result.deals[0].figureIndexes).toEqual([0, 2, 3]); // the input is not changed
  });
});

describe('planLookups / mergeLookups', () => {
  const money = (i: number): Mention => ({
    type: 'money',
    text: `$${i + 1}`,
    start: i * 10,
    end: i * 10 + 3,
    currency: 'USD',
    amount: i + 1,
    period: 'one-time',
  });
  it('looks up every figure in bounded batches, the first-priority ones (seen, newest) first', () => {
    const mentions = Array.from({ length: 7 }, (_, i) => money(i));
    const plans = planLookups(mentions, null, (i) => (i >= 5 ? 0 : 1), { figures: 3, companies: 5 });
    expect(plans.map((p) => p.figures.map((q) => q.index))).toEqual([[5, 6, 0], [1, 2, 3], [4]]);
    expect(planLookups([], null, () => 0)).toHaveLength(1);
  });
  it('joins the answers of several batches', () => {
    const deal = (id: string) => ({ id }) as unknown as LookupResult['deals'][number]['deal'];
    const a: LookupResult = {
      deals: [{ deal: deal('d1'), score: 1, partiesOnPage: [], figureIndexes: [0] }],
      companies: {},
      standings: [{ index: 0 } as LookupResult['standings'][number]],
      reference: {} as LookupResult['reference'],
    };
    const b: LookupResult = {
      ...a,
      deals: [
        { deal: deal('d1'), score: 3, partiesOnPage: [], figureIndexes: [4] },
        { deal: deal('d2'), score: 2, partiesOnPage: [], figureIndexes: [5] },
      ],
      standings: [{ index: 4 } as LookupResult['standings'][number]],
    };
    const merged = mergeLookups([a, b]);
    expect(merged.deals.map((d) => [d.deal.id, d.score, d.figureIndexes])).toEqual([
      ['d1', 3, [0, 4]],
      ['d2', 2, [5]],
    ]);
    expect(merged.standings.map((s) => s.index)).toEqual([0, 4]);
  });
});

describe('extractInSlices across windows', () => {
  // A stand-in extractor: "Zorb Inc." is learned by form; "Zorb" alone is known only once learned.
  const fake: Parameters<typeof extractInSlices>[1] = (t, options) => {
    const out: Mention[] = [];
    const learned = options?.learned ?? [];
    for (const m of t.matchAll(/Zorb( Inc\.)?/g)) {
      if (m[1]) {
        if (!learned.some((c) => c.name === 'Zorb'))
          learned.push({ name: 'Zorb', aliases: ['Zorb'], ticker: null, kind: 'other' });
      } else if (!learned.some((c) => c.name === 'Zorb')) continue;
      out.push({ type: 'company', text: m[0], start: m.index!, end: m.index! + m[0].length, canonical: 'Zorb' });
    }
    if (options?.lang) for (const o of out) (o as { canonical: string }).canonical += `/${options.lang}`;
    return out.filter((o) => !(o.text === 'Zorb' && !learned.length));
  };
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler line ${i} of text.`).join('\n');

  it('holds a name learned in any window everywhere, earlier windows included', async () => {
    const text = `Zorb said so.\n${filler(200)}\nZorb Inc. agreed.\n${filler(200)}\nZorb again.`;
    const out = (await extractInSlices(
      text,
      fake,
      (f) => f(),
      () => false,
    ))!;
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual(['Zorb', 'Zorb Inc.', 'Zorb']);
  });

  it('gives each window the language of its blocks, never two in one window', async () => {
    const text = 'Zorb Inc. one.\nZorb Inc. zwei.\nZorb Inc. three.';
    const langs = [
      { start: 0, lang: 'en' },
      { start: 15, lang: 'de' },
      { start: 30, lang: 'en' },
    ];
    const out = (await extractInSlices(
      text,
      fake,
      (f) => f(),
      () => false,
      langs,
    ))!;
    expect(out.map((m) => (m as { canonical: string }).canonical)).toEqual(['Zorb/en', 'Zorb/de', 'Zorb/en']);
  });
});
