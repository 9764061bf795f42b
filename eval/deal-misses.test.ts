import { describe, expect, it } from 'vitest';
import { dealMisses } from './deal-misses';

const lease = (buyer: string, amount: number) => ({
  kind: 'compute-lease',
  parties: [
    { name: buyer, role: 'buyer' },
    { name: 'Halden Cloud', role: 'seller' },
  ],
  money: { currency: 'USD', amount, period: 'year' },
  status: 'confirmed',
  evidence: `${buyer} rents Halden Cloud capacity`,
});

describe('deal misses', () => {
  it('lists missed, extra and wrong deals of a passage', () => {
    const lines = dealMisses(
      'p1',
      [lease('Oskar AI', 5e8), lease('Brenna Labs', 1e9)],
      [lease('Oskar AI', 7e8), lease('Tovik', 1)],
    );
    expect(lines[0]).toMatch(/^p1 MISS {2}compute-lease \[Brenna Labs:buyer, Halden Cloud:seller\] 1000000000\/year/);
    expect(lines[1]).toMatch(/^p1 EXTRA compute-lease \[Tovik:buyer/);
    expect(lines[2]).toMatch(/^p1 WRONG money\n {3}gold .*500000000\/year[^]*pred .*700000000\/year/);
    expect(lines).toHaveLength(3);
  });
  it('says nothing when every deal matches', () => {
    expect(dealMisses('p2', [lease('Oskar AI', 5e8)], [lease('Oskar AI', 5e8)])).toEqual([]);
  });
});
