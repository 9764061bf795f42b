import { describe, expect, it } from 'vitest';
import { buildGraph, flows } from './graph';
import { row } from './test-rows';

const kindOf = (name: string): 'ai-lab' | 'other' => (name === 'Lab' ? 'ai-lab' : 'other');

describe('flows', () => {
  it('runs from the party that pays to the one paid, whatever the order in the feed', () => {
    const r = row('x', ['A', 'B'], {
      parties: [
        { name: 'Target', role: 'target' },
        { name: 'Buyer', role: 'acquirer' },
      ],
    });
    expect(flows(r)).toEqual([{ from: 'Buyer', to: 'Target', mutual: false }]);
    const inv = row('y', ['A', 'B'], {
      parties: [
        { name: 'Fund', role: 'investor' },
        { name: 'Lab', role: 'investee' },
        { name: 'Bank', role: 'investor' },
      ],
    });
    expect(flows(inv)).toEqual([
      { from: 'Fund', to: 'Lab', mutual: false },
      { from: 'Bank', to: 'Lab', mutual: false },
    ]);
  });
  it('links partners both ways as one mutual pair', () => {
    const jv = row('z', ['A', 'B'], {
      kind: 'joint-venture',
      parties: [
        { name: 'P', role: 'partner' },
        { name: 'Q', role: 'partner' },
        { name: 'R', role: 'partner' },
      ],
    });
    expect(flows(jv).map((f) => `${f.from}-${f.to}-${f.mutual}`)).toEqual(['P-Q-true', 'P-R-true', 'Q-R-true']);
  });
});

describe('buildGraph', () => {
  const rows = [
    row('1', ['Lab', 'Cloud'], {}, { annual: 3e9, disclosed: 6e9 }),
    row('2', ['Lab', 'Cloud'], {}, { disclosed: 1e9 }),
    row('3', ['Cloud', 'Lab'], {}, {}),
  ];
  const g = buildGraph(rows, kindOf);
  it('sizes nodes by disclosed value and counts their deals', () => {
    expect(g.nodes).toEqual([
      { name: 'Lab', kind: 'ai-lab', disclosedUsd: 7e9, deals: 3 },
      { name: 'Cloud', kind: 'other', disclosedUsd: 7e9, deals: 3 },
    ]);
  });
  it('merges deals of the same direction into one edge weighted by annual (else disclosed) value', () => {
    expect(g.edges).toEqual([
      { key: 'Lab→Cloud', from: 'Lab', to: 'Cloud', mutual: false, weightUsd: 4e9, dealIds: ['1', '2'] },
      { key: 'Cloud→Lab', from: 'Cloud', to: 'Lab', mutual: false, weightUsd: 0, dealIds: ['3'] },
    ]);
  });
});
