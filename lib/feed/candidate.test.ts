// sameDeal: when a candidate is an "update of" a deal the feed has (same principal parties, kind family
// and a close date), and the traps where a name in common is not the same deal.
import { describe, expect, it } from 'vitest';
import { sameDeal } from './candidate';
import { deal } from '../../test/fixtures/feeds/generate';
import type { Deal } from './types';

const lease = deal('orvel-brask-lease', ['Orvel Labs', 'Brask Compute']);
const alone = (id: string, name: string, over: Partial<Deal> = {}): Deal =>
  deal(id, [name, name], { parties: [{ name, role: 'buyer' }], ...over });

describe('sameDeal', () => {
  it('matches the same two parties, kind family and a close date', () => {
    const again = deal('x', ['Orvel Labs', 'Brask Compute'], { kind: 'cloud-contract', announced: '2026-04-20' });
    expect(sameDeal(again, lease)).toBe(true);
  });

  it('a two-party candidate is no update of a one-party record of one of its parties', () => {
    const spend = alone('orvel-spend', 'Orvel Labs', { kind: 'compute-lease' });
    expect(sameDeal(lease, spend)).toBe(false);
    // A page that names only one side of a deal the feed holds (a headline) still updates it.
    expect(sameDeal(spend, lease)).toBe(true);
  });

  it('two one-party records of the same company and kind match; of different companies they do not', () => {
    const a = alone('a', 'Orvel Labs', { kind: 'capex' });
    expect(sameDeal(alone('b', 'Orvel Labs', { kind: 'capex' }), a)).toBe(true);
    expect(sameDeal(alone('c', 'Brask Compute', { kind: 'capex' }), a)).toBe(false);
  });

  it('needs both principals: a deal sharing one party with a different counterparty is another deal', () => {
    expect(sameDeal(deal('y', ['Orvel Labs', 'Tamsin Cloud']), lease)).toBe(false);
  });

  it('a round naming fewer investors than the record is still the same round', () => {
    const round = (id: string, investors: string[]) =>
      deal(id, ['Kelda AI', investors[0]], {
        kind: 'funding-round',
        parties: [
          { name: 'Kelda AI', role: 'investee' },
          ...investors.map((name) => ({ name, role: 'investor' as const })),
        ],
      });
    expect(sameDeal(round('r1', ['Pellow Capital']), round('r2', ['Pellow Capital', 'Uist Ventures']))).toBe(true);
  });

  it('needs the same kind family and a close date', () => {
    expect(sameDeal(deal('z', ['Orvel Labs', 'Brask Compute'], { kind: 'acquisition' }), lease)).toBe(false);
    expect(sameDeal(deal('w', ['Orvel Labs', 'Brask Compute'], { announced: '2027-03-15' }), lease)).toBe(false);
  });
});
