import { describe, expect, it } from 'vitest';
import { deal } from '../../test/fixtures/feeds/generate';
import { EMPTY_FILTER, filterRows } from './filter';
import { seenByDeal, seenText, toRows } from './rows';

const trail = [
  { dealId: 'a', host: '127.0.0.1', date: '2026-11-27' },
  { dealId: 'b', host: 'news.example', date: '2026-11-26' },
  { dealId: 'a', host: 'news.example', date: '2026-11-20' },
  { dealId: 'a', host: '127.0.0.1', date: '2026-11-19' },
];

describe('reading trail in the rows', () => {
  it('groups the trail by deal, then site, newest first', () => {
    const seen = seenByDeal(trail);
    expect(seen.get('a')).toEqual([
      { host: '127.0.0.1', dates: ['2026-11-27', '2026-11-19'] },
      { host: 'news.example', dates: ['2026-11-20'] },
    ]);
    expect(seenText(seen.get('a')!)).toBe('127.0.0.1 (2026-11-27, 2026-11-19); news.example (2026-11-20)');
    expect(seen.has('c')).toBe(false);
  });

  it('marks each row with its sites, and "seen deals only" keeps the seen ones', () => {
    const deals = ['a', 'b', 'c'].map((id) => ({
      deal: deal(id, ['Alpha', 'Beta']),
      annualUsd: null,
      oneOffUsd: null,
      totalUsd: null,
      disclosedUsd: null,
    }));
    const rows = toRows({ deals, trail });
    expect(rows.map((r) => r.seen.map((s) => s.host))).toEqual([['127.0.0.1', 'news.example'], ['news.example'], []]);
    expect(filterRows(rows, { ...EMPTY_FILTER, seen: true }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterRows(rows, EMPTY_FILTER)).toHaveLength(3);
    expect(toRows({ deals }).every((r) => r.seen.length === 0)).toBe(true);
  });
});
