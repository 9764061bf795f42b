// What the page's text is never read from: chrome, code, inputs, editable regions, hidden
// subtrees, page furniture (./noise.ts) and our own UI. Attribute tests only: the same rules run
// in the page and over a parsed HTML file in Node.
import { isNoise } from './noise';

/** Subtrees whose text is never the article's prose, or is the reader's own input. */
const SKIP = new Set([
  'NAV',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'KBD',
  'SAMP',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'DEALLENS-TOOLTIP',
]);

/** True for an element we never read or mark: chrome, code, inputs, editable regions, our own UI. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-deallens') || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'textbox' || role === 'banner' || role === 'contentinfo') return true;
  return isNoise(el);
}

/** True when `node` sits inside something we skip (used for nodes added after the first scan). */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el && el !== root;
    el = el.parentElement
  ) {
    if (isSkipped(el)) return true;
  }
  return false;
}
