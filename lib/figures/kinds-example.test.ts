// Adding a figure kind: one entry in a copy of the registry, and the surfaces that iterate it pick it
// up with no other edit (the tooltip's colour variables and chip rule, the extension pages' colour
// variables, the settings default, the options list). The example kind is invented for this test only.
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, type FigureKind } from './kinds';
import { allKindsOn, kindChipRules, kindColorSheet, kindColorVariables } from './kinds-css';
import { TOOLTIP_CSS } from '../../components/tooltip/styles';

const MEMORY = {
  type: 'memory' as FigureKind['type'],
  label: 'Memory figures',
  heading: 'Memory figure',
  group: 'Memory',
  legend: { sample: '80 GB', meaning: 'memory capacity' },
  color: { light: 'rgb(15 118 110)', dark: 'rgb(45 212 191)' },
  markStyle: 'wavy',
  rank: 4,
} satisfies FigureKind;
const withMemory = [...FIGURE_KINDS, MEMORY];

describe('a new figure kind in the registry', () => {
  it('gets its colour variables, chip rule and settings default from its entry alone', () => {
    expect(kindColorVariables('light', withMemory)).toContain('--memory: rgb(15 118 110);');
    expect(kindColorVariables('dark', withMemory)).toContain('--memory: rgb(45 212 191);');
    expect(kindChipRules(withMemory)).toContain('.memory .chip { color: var(--memory); }');
    const [light, dark] = kindColorSheet(withMemory).split('@media (prefers-color-scheme: dark)');
    expect(light).toContain('--memory: rgb(15 118 110);');
    expect(dark).toContain('--memory: rgb(45 212 191);');
    expect(allKindsOn(withMemory)).toEqual({ money: true, gpu: true, power: true, company: true, memory: true });
  });

  it('the tooltip styles are generated from the registry (no colour list of their own)', () => {
    for (const k of FIGURE_KINDS) {
      expect(TOOLTIP_CSS).toContain(`--${k.type}: ${k.color.light};`);
      expect(TOOLTIP_CSS).toContain(`--${k.type}: ${k.color.dark};`);
      expect(TOOLTIP_CSS).toContain(`.${k.type} .chip { color: var(--${k.type}); }`);
    }
  });
});
