import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS } from '../figures/kinds';
import { highlightCss, highlightName, markDecoration } from './marks';

describe('mark styles', () => {
  it('draws each kind with its registry colour and its own underline shape', () => {
    const css = highlightCss();
    for (const k of FIGURE_KINDS) {
      const rule = css.split('\n').find((r) => r.startsWith(`::highlight(${highlightName(k.type)})`))!;
      expect(rule).toContain(`text-decoration:underline ${k.markStyle} ${k.color.light} 2px`);
    }
    const shapes = FIGURE_KINDS.map((k) => markDecoration({ line: 'red', style: k.markStyle }));
    expect(new Set(shapes).size).toBe(FIGURE_KINDS.length);
  });

  it('gives company marks no solid underline, so they do not read as links', () => {
    expect(highlightCss()).not.toMatch(/deallens-company\)\{[^}]*underline solid/);
  });
});
