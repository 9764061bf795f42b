import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterRows, partyNames, sortRows, type DealFilter } from './filter';
import { row } from './test-rows';

const rows = [
  row(
    'a',
    ['Alpha', 'Beta'],
    { announced: '2026-03-31', kind: 'compute-lease', title: 'Alpha rents GPUs from Beta' },
    { annual: 5e9 },
  ),
  row(
    'b',
    ['Gamma', 'Alpha'],
    {
      announced: '2026-04',
      kind: 'investment',
      status: 'reported',
      title: 'Gamma invests in Alpha',
      location: 'Reno, Nevada',
    },
    { disclosed: 2e9 },
  ),
  row('c', ['Beta', 'Gamma'], {
    announced: '2025-12-01',
    kind: 'chip-supply',
    status: 'rumored',
    title: 'Beta buys chips',
  }),
  row('d', ['Alpha', 'Delta'], { announced: '2026-01-10', title: 'Alpha and Delta' }, { annual: 1e9 }),
];
const ids = (f: Partial<DealFilter>) => filterRows(rows, { ...EMPTY_FILTER, ...f }).map((r) => r.id);

describe('filterRows', () => {
  it('keeps everything with the empty filter', () => expect(ids({})).toEqual(['a', 'b', 'c', 'd']));
  it('by company (any role) and counterparty', () => {
    expect(ids({ company: 'Alpha' })).toEqual(['a', 'b', 'd']);
    expect(ids({ company: 'Alpha', counterparty: 'Gamma' })).toEqual(['b']);
    expect(ids({ counterparty: 'Beta' })).toEqual(['a', 'c']);
    expect(ids({ company: 'Alph' })).toEqual([]);
  });
  it('by kind and status', () => {
    expect(ids({ kind: 'investment' })).toEqual(['b']);
    expect(ids({ status: 'rumored' })).toEqual(['c']);
    expect(ids({ status: 'confirmed', company: 'Alpha' })).toEqual(['a', 'd']);
  });
  it('by date range, a month bound covering the whole month, mixed precision', () => {
    expect(ids({ from: '2026-01', to: '2026-03' })).toEqual(['a', 'd']);
    expect(ids({ from: '2026-04-01' })).toEqual(['b']);
    expect(ids({ to: '2025-12-31' })).toEqual(['c']);
  });
  it('by minimum annualized value: rows without a rate drop out', () => {
    expect(ids({ minAnnualUsd: 2e9 })).toEqual(['a']);
    expect(ids({ minAnnualUsd: 1e9 })).toEqual(['a', 'd']);
  });
  it('by free text: every word, any field, any case', () => {
    expect(ids({ text: 'nevada' })).toEqual(['b']);
    expect(ids({ text: 'ALPHA gpus' })).toEqual(['a']);
    expect(ids({ text: 'delta' })).toEqual(['d']);
  });
});

describe('sortRows', () => {
  it('by date both ways', () => {
    expect(sortRows(rows, { key: 'announced', dir: 'desc' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, { key: 'announced', dir: 'asc' }).map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });
  it('by value with missing values last in either direction', () => {
    expect(sortRows(rows, { key: 'annualUsd', dir: 'desc' }).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortRows(rows, { key: 'annualUsd', dir: 'asc' }).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('by title, case-insensitive, and stable on ties', () => {
    expect(sortRows(rows, { key: 'title', dir: 'asc' }).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(sortRows(rows, { key: 'status', dir: 'asc' }).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('lists party names once, sorted', () => expect(partyNames(rows)).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']));
});
