import { describe, expect, it } from 'vitest';
import { chooseTheme, pageTheme, parseRgb } from './theme';

// A chain of elements, innermost first, with their computed backgrounds.
function chain(...backgrounds: string[]): { first: Element; bg: (el: Element) => string } {
  const els = backgrounds.map((b) => ({ b, parentElement: null as unknown }));
  els.forEach((e, i) => (e.parentElement = els[i + 1] ?? null));
  return { first: els[0] as unknown as Element, bg: (el) => (el as unknown as { b: string }).b };
}

describe('tooltip theme', () => {
  it('reads rgb and rgba colours', () => {
    expect(parseRgb('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('transparent')).toBeNull();
  });

  it('takes the first opaque background around the mark', () => {
    const light = chain('rgba(0, 0, 0, 0)', 'rgb(251, 250, 247)', 'rgb(0, 0, 0)');
    expect(pageTheme(light.first, light.bg, true)).toBe('light'); // light page, dark system
    const dark = chain('rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)');
    expect(pageTheme(dark.first, dark.bg, false)).toBe('dark');
  });

  it('falls back to the canvas colour scheme when nothing is painted', () => {
    const none = chain('rgba(0, 0, 0, 0)');
    expect(pageTheme(none.first, none.bg, true)).toBe('dark');
    expect(pageTheme(none.first, none.bg, false)).toBe('light');
  });

  it('lets the reader force light or dark', () => {
    expect(chooseTheme('light', () => 'dark')).toBe('light');
    expect(chooseTheme('dark', () => 'light')).toBe('dark');
    expect(chooseTheme('auto', () => 'dark')).toBe('dark');
    expect(chooseTheme(undefined, () => 'light')).toBe('light');
  });
});
