// The figure kinds' colour variables (--money, --gpu, …) for an extension page, from the registry
// (lib/figures/kinds.ts) rather than a copy in theme.css: marks, tooltip, legend and pages draw each
// kind in one colour. The sheet is registry data, never page or feed text.
import { kindColorSheet } from '../../lib/figures/kinds-css';

export function applyKindColors(doc: Document): void {
  const style = doc.createElement('style');
  style.dataset.deallens = 'kind-colors';
  style.textContent = kindColorSheet();
  doc.head.append(style);
}
