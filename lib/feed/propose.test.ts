import { describe, expect, it } from 'vitest';
import { dealErrors } from './candidate';
import { proposeDeals } from './propose';
import type { DealReading } from '../reading/types';
import { deal } from '../../test/fixtures/feeds/generate';

/** A reading as the deal reader would give it for one sentence (mention ids are not checked here). */
function reading(over: Partial<DealReading> & Pick<DealReading, 'kind' | 'parties'>): DealReading {
  return {
    id: 'deal@0-0',
    money: null,
    gpus: null,
    powerWatts: null,
    status: 'confirmed',
    evidence: { start: 0, end: 10, text: 'Evidence sentence.' },
    mentionIds: [],
    ...over,
  };
}
const party = (name: string, role: DealReading['parties'][number]['role']) => ({ name, role, mentionIds: [] });
/** A page whose document has no mentions: the readings' names and kinds stand as given. */
const page = (url: string, date: string | null, readings: DealReading[]) => ({
  doc: { text: '', sentences: [], mentions: [] },
  readings,
  source: { url, title: `Page ${url}`, date },
});

const lease = reading({
  kind: 'compute-lease',
  parties: [party('Quarry Labs', 'buyer'), party('Brindle Compute', 'seller')],
  money: { mentionId: 'money@40', currency: 'USD', amount: 2e9, amountHigh: 2.5e9, period: 'year', termMonths: 36 },
  gpus: { mentionId: 'gpu@80', count: 40_000, model: 'B200' },
  evidence: { start: 0, end: 90, text: 'Quarry Labs will rent 40,000 B200 chips from Brindle Compute.' },
});

describe('proposeDeals', () => {
  it('turns a new reading into a valid feed record with its source, evidence and review flag', () => {
    const [c] = proposeDeals([page('https://n.example/a', '2026-04-02', [lease])], { deals: [] }, '2026-12-01');
    expect(c.updateOf).toBeNull();
    expect(c.needsReview).toBe(true);
    expect(c.evidence).toBe('Quarry Labs will rent 40,000 B200 chips from Brindle Compute.');
    expect(c.deal).toMatchObject({
      id: 'quarry-labs-brindle-compute-compute-lease-2026',
      kind: 'compute-lease',
      announced: '2026-04-02',
      status: 'confirmed',
      value: { currency: 'USD', amount: 2.5e9, period: 'year', termMonths: 36 },
      gpus: { count: 40_000, model: 'B200' },
      sources: [{ url: 'https://n.example/a', title: 'Page https://n.example/a', date: '2026-04-02' }],
    });
    expect(c.deal.value?.note).toMatch(/range.*upper end/);
    expect(dealErrors(c.deal, 'candidates[0].deal')).toEqual([]);
  });

  it('dates an undated page by the day given and keeps ids unique against the feed', () => {
    const taken = deal('quarry-labs-brindle-compute-compute-lease-2026', ['Other', 'Pair'], { kind: 'power' });
    const [c] = proposeDeals([page('https://n.example/b', null, [lease])], { deals: [taken] }, '2026-12-01');
    expect(c.deal.announced).toBe('2026-12-01');
    expect(c.deal.id).toBe('quarry-labs-brindle-compute-compute-lease-2026-2');
  });

  it('reports a known deal as an update with only the fields that differ', () => {
    const known = deal('brindle-quarry-2026', ['Quarry Labs', 'Brindle Compute'], {
      announced: '2026-02-20',
      status: 'reported',
      value: { currency: 'USD', amount: 2.5e9, period: 'year', termMonths: null, total: null, note: null },
    });
    const [c] = proposeDeals([page('https://n.example/c', '2026-05-01', [lease])], { deals: [known] }, '2026-12-01');
    expect(c.updateOf).toBe('brindle-quarry-2026');
    expect(c.differs).toEqual(['value.termMonths', 'gpus.count', 'status', 'sources']);
    expect(c.deal.id).toBe('brindle-quarry-2026');
    expect(c.deal.value?.termMonths).toBe(36);
    expect(c.deal.sources.map((s) => s.url)).toEqual([
      'https://news.example/brindle-quarry-2026',
      'https://n.example/c',
    ]);
  });

  it('matches a compute lease to a cloud contract of the same parties, the record keeping its kind', () => {
    const known = deal('qb-cloud', ['Quarry Labs', 'Brindle Compute'], {
      kind: 'cloud-contract',
      announced: '2026-04-01',
    });
    const [c] = proposeDeals([page('https://n.example/h', '2026-04-02', [lease])], { deals: [known] }, '2026-12-01');
    expect([c.updateOf, c.deal.kind]).toEqual(['qb-cloud', 'cloud-contract']);
  });

  it('does not match a deal of another kind, other parties, or announced long before', () => {
    const others = [
      deal('k', ['Quarry Labs', 'Brindle Compute'], { kind: 'chip-supply', announced: '2026-04-01' }),
      deal('p', ['Quarry Labs', 'Someone Else'], { announced: '2026-04-01' }),
      deal('t', ['Quarry Labs', 'Brindle Compute'], { announced: '2025-10-01' }),
    ];
    const [c] = proposeDeals([page('https://n.example/d', '2026-04-02', [lease])], { deals: others }, '2026-12-01');
    expect(c.updateOf).toBeNull();
  });

  it('does not call a two-party reading an update of a one-party record of one of its parties', () => {
    const own = deal('quarry-labs-capacity-2026', ['Quarry Labs', 'Quarry Labs'], {
      parties: [{ name: 'Quarry Labs', role: 'buyer' }],
      announced: '2026-04-01',
    });
    const [c] = proposeDeals([page('https://n.example/h', '2026-04-03', [lease])], { deals: [own] }, '2026-12-01');
    expect(c.updateOf).toBeNull();
    expect(c.deal.id).toBe('quarry-labs-brindle-compute-compute-lease-2026');
  });

  it('never weakens a status and flags a deal the page says has ended', () => {
    const known = deal('q-b', ['Quarry Labs', 'Brindle Compute'], { announced: '2026-04-01' });
    const ended = { ...lease, status: 'terminated' as const, money: null, gpus: null };
    const [c] = proposeDeals([page('https://n.example/e', '2026-04-03', [ended])], { deals: [known] }, '2026-12-01');
    expect(c.deal.status).toBe('confirmed');
    expect(c.ended).toBe(true);
    expect(c.differs).toEqual(['sources']);
  });

  it('proposes a new deal read on two pages once, with both sources and the figures either states', () => {
    const bare = { ...lease, parties: [lease.parties[0]], money: null, gpus: null };
    const pages = [
      page('https://n.example/f', '2026-04-02', [bare]),
      page('https://n.example/g', '2026-04-03', [lease]),
    ];
    const candidates = proposeDeals(pages, { deals: [] }, '2026-12-01');
    expect(candidates).toHaveLength(1);
    expect(candidates[0].deal.sources.map((s) => s.url)).toEqual(['https://n.example/f', 'https://n.example/g']);
    expect(candidates[0].deal.gpus?.count).toBe(40_000);
    expect(candidates[0].deal.parties.map((p) => p.name)).toEqual(['Quarry Labs', 'Brindle Compute']);
  });
});
