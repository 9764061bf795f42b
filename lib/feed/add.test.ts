import { describe, expect, it } from 'vitest';
import { addCandidates } from './add';
import { deal } from '../../test/fixtures/feeds/generate';

const known = deal('a-b-2026', ['A', 'B']);
const fresh = deal('c-d-2026', ['C', 'D'], { kind: 'power' });
const candidate = (d: unknown, updateOf: string | null = null) => ({
  updateOf,
  differs: [],
  needsReview: false,
  evidence: 'x',
  deal: d,
});

describe('addCandidates', () => {
  it('appends new deals and replaces updated ones, without derived fields', () => {
    const changed = { ...known, status: 'reported' as const, gpus: { count: 8, model: 'H100', modelKeys: ['H100'] } };
    const r = addCandidates([known], { candidates: [candidate(fresh), candidate(changed, 'a-b-2026')] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.added).toEqual(['c-d-2026']);
    expect(r.updated).toEqual(['a-b-2026']);
    expect(r.deals.map((d) => [d.id, d.status])).toEqual([
      ['a-b-2026', 'reported'],
      ['c-d-2026', 'confirmed'],
    ]);
    expect(r.deals[0].gpus).toEqual({ count: 8, model: 'H100' });
  });

  it('refuses the whole file when a record fails validation, naming the JSON path', () => {
    const bad = { ...fresh, value: { ...fresh.value, amount: 'lots' } };
    const r = addCandidates([known], [candidate(fresh), candidate(bad)]);
    expect(r).toEqual({ ok: false, errors: ['[1].deal.value.amount: expected number, got string'] });
  });

  it('refuses duplicate ids, updates of unknown deals and updates that change the id', () => {
    const r = addCandidates([known], {
      candidates: [candidate(known), candidate(fresh, 'nope'), candidate(fresh, 'a-b-2026'), null],
    });
    expect(r.ok === false && r.errors).toEqual([
      'candidates[0].deal.id: "a-b-2026" is already in the sources',
      'candidates[1].updateOf: no deal "nope" in the sources',
      'candidates[2].deal.id: an update keeps the id "a-b-2026"',
      'candidates[3]: expected a candidate object',
    ]);
    expect(addCandidates([], { deals: [] })).toMatchObject({ ok: false });
  });

  it('refuses a candidate nobody has reviewed yet', () => {
    const r = addCandidates([], [{ ...candidate(fresh), needsReview: true }]);
    expect(r.ok === false && r.errors).toEqual([
      '[0].needsReview: review the record against its source, then set this to false',
    ]);
  });
});
