import { describe, expect, it } from 'vitest';
import { feedRecords, planApply, planIsEmpty, planLayer } from './plan';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';

const asJson = (m: Map<string, unknown>) => new Map([...m].map(([k, v]) => [k, v === null ? null : JSON.stringify(v)]));

describe('planLayer', () => {
  it('puts new and changed records, removes vanished ones, skips identical ones', () => {
    const old = asJson(
      new Map([
        ['a', { v: 1 }],
        ['b', { v: 2 }],
        ['c', { v: 3 }],
      ]),
    );
    const next = new Map([
      ['a', { v: 1 }],
      ['b', { v: 20 }],
      ['d', { v: 4 }],
    ]);
    const plan = planLayer(old, next);
    expect([...plan.put.keys()]).toEqual(['b', 'd']);
    expect(plan.put.get('b')).toEqual({ record: { v: 20 }, json: '{"v":20}' });
    expect(plan.remove).toEqual(['c']);
  });

  it('treats a record turning into a tombstone as a change', () => {
    const plan = planLayer(asJson(new Map([['a', { v: 1 }]])), new Map([['a', null]]));
    expect(plan.put.get('a')).toEqual({ record: null, json: null });
  });
});

describe('planApply', () => {
  it('turns tombstones into null records and is empty for an identical feed', () => {
    const f = feed([company('Alpha')], [deal('x', ['Alpha', 'Beta'])], {
      tombstones: { companies: ['Old Co'], deals: ['gone'] },
    });
    const records = feedRecords(f);
    expect(records.deals.get('gone')).toBeNull();
    expect(records.companies.get('Old Co')).toBeNull();
    const old = { deals: asJson(records.deals), companies: asJson(records.companies) };
    expect(planIsEmpty(planApply({ ...old, reference: f.reference }, structuredClone(f)))).toBe(true);
    expect(planApply({ ...old, reference: null }, f).referenceChanged).toBe(true);
  });
});
