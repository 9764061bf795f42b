import { describe, expect, it } from 'vitest';
import { feedRecords, planApply, planIsEmpty, planLayer } from './plan';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';

describe('planLayer', () => {
  it('puts new and changed records, removes vanished ones, skips identical ones', () => {
    const old = new Map([['a', { v: 1 }], ['b', { v: 2 }], ['c', { v: 3 }]]);
    const next = new Map([['a', { v: 1 }], ['b', { v: 20 }], ['d', { v: 4 }]]);
    const plan = planLayer(old, next);
    expect([...plan.put.keys()]).toEqual(['b', 'd']);
    expect(plan.remove).toEqual(['c']);
  });
});

describe('planApply', () => {
  it('turns tombstones into null records and is empty for an identical feed', () => {
    const f = feed([company('Alpha')], [deal('x', ['Alpha', 'Beta'])], { tombstones: { companies: ['Old Co'], deals: ['gone'] } });
    const records = feedRecords(f);
    expect(records.deals.get('gone')).toBeNull();
    expect(records.companies.get('Old Co')).toBeNull();
    expect(planIsEmpty(planApply({ ...records, reference: f.reference }, structuredClone(f)))).toBe(true);
    expect(planApply({ ...records, reference: null }, f).referenceChanged).toBe(true);
  });
});
