// Whether the tooltip is light or dark: the reader's setting, else the page's own background
// around the mark (a light tooltip on a light page even when the system is dark). Pure except
// for reading computed styles through the function passed in.

export type TooltipTheme = 'auto' | 'light' | 'dark';

/** An `rgb()`/`rgba()` colour's channels and alpha, or null for anything else. */
export function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1], g: +m[2], b: +m[3], a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The first opaque background from `from` up through its ancestors decides; none at all means
 *  the canvas, which follows the page's colour scheme (`canvasDark`). */
export function pageTheme(
  from: Element | null,
  backgroundOf: (el: Element) => string,
  canvasDark: boolean,
): 'light' | 'dark' {
  for (let el = from; el; el = el.parentElement) {
    const c = parseRgb(backgroundOf(el));
    if (c && c.a >= 0.5) return luminance(c) < 0.2 ? 'dark' : 'light';
  }
  return canvasDark ? 'dark' : 'light';
}

export function chooseTheme(setting: TooltipTheme | undefined, page: () => 'light' | 'dark'): 'light' | 'dark' {
  return setting === 'light' || setting === 'dark' ? setting : page();
}
