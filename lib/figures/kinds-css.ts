// CSS generated from the figure-kind registry: one colour variable per kind and scheme, and the
// chip rule of each kind, so a new kind's colours come from its registry entry alone. Pure.
import { FIGURE_KINDS, type FigureKind } from './kinds';

/** `--money: rgb(…); --gpu: rgb(…); …` for one scheme. */
export function kindColorVariables(scheme: 'light' | 'dark', kinds: readonly FigureKind[] = FIGURE_KINDS): string {
  return kinds.map((k) => `--${k.type}: ${k.color[scheme]};`).join(' ');
}

/** A style sheet giving each kind's colour variables on `:root`, light and dark with the colour
 *  scheme: the extension pages (popup, options, explorer, welcome) draw kinds in the registry's colours. */
export function kindColorSheet(kinds: readonly FigureKind[] = FIGURE_KINDS): string {
  const scheme = (s: 'light' | 'dark') => `:root { ${kindColorVariables(s, kinds)} }`;
  return `${scheme('light')}\n@media (prefers-color-scheme: dark) { ${scheme('dark')} }`;
}

/** `.money .chip { color: var(--money); } …`: a mention's chip in its kind's colour. */
export function kindChipRules(kinds: readonly FigureKind[] = FIGURE_KINDS): string {
  return kinds.map((k) => `.${k.type} .chip { color: var(--${k.type}); }`).join(' ');
}

/** Every kind switched on: the default of the "what is marked" setting. */
export function allKindsOn(kinds: readonly FigureKind[] = FIGURE_KINDS): Record<FigureKind['type'], boolean> {
  return Object.fromEntries(kinds.map((k) => [k.type, true])) as Record<FigureKind['type'], boolean>;
}
