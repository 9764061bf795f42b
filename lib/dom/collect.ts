// Finds the article on a page and collects its text once into a TextMap (one string + a map back
// to the Text nodes). Runs in the content script; the mapping logic itself lives in textmap.ts.
import { buildTextMap, type Piece, type TextMap } from './textmap';

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
  'PRE',
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

/** Elements whose edges end a run of text (so "…in 2025.</p><p>Nvidia…" never glues). */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'BR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'FIELDSET',
  'LEGEND',
  'FORM',
  'HGROUP',
  'PICTURE',
  'IMG',
]);

const BREAK: Piece<Text> = { block: true };

/** True for an element we never read or mark: chrome, code, inputs, editable regions, our own UI. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-deallens') || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'textbox' || role === 'banner' || role === 'contentinfo';
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

/** A resumable walk over `root` collecting text pieces in document order, with block
 *  boundaries: `run(n)` visits up to n more nodes and says whether the walk is done, so a huge
 *  page can be collected in slices that yield to the page between them. */
export function createCollector(
  root: Node,
  into: Piece<Text>[] = [],
): { pieces: Piece<Text>[]; run(maxNodes: number): boolean } {
  // Iterative walk: article DOMs can be deep enough to make recursion a risk.
  const stack: (Node | typeof BREAK)[] = [root];
  const run = (maxNodes: number): boolean => {
    for (let visited = 0; stack.length && visited < maxNodes; visited++) {
      const item = stack.pop()!;
      if ('block' in item) {
        into.push(BREAK);
        continue;
      }
      const node = item as Node;
      if (node.nodeType === 3) {
        into.push({ node: node as Text, data: (node as Text).data });
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) continue;
      if (node.nodeType === 1 && node !== root && isSkipped(node as Element)) {
        into.push(BREAK);
        continue;
      }
      const block = node.nodeType === 1 && BLOCK.has((node as Element).tagName.toUpperCase());
      if (block) {
        into.push(BREAK);
        stack.push(BREAK);
      }
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return stack.length === 0;
  };
  return { pieces: into, run };
}

/** The text pieces of `root` in document order, with block boundaries (all at once). */
export function collectPieces(root: Node, into: Piece<Text>[] = []): Piece<Text>[] {
  createCollector(root, into).run(Infinity);
  return into;
}

export function collectText(root: Node): TextMap<Text> {
  return buildTextMap(collectPieces(root));
}

const textLength = (el: Element) => (el.textContent ?? '').length;

/** The densest-block fallback looks at this many paragraphs at most. */
const MAX_PARAGRAPHS = 2000;

/** The article root: an explicit article body, the longest <article>, <main>, else the element
 *  that holds the most paragraph text, else <body>. Simple selectors, one at a time: measured in
 *  Chromium, a single querySelectorAll over all four markers cost more than these (the tag
 *  selector has a fast path). Text is read only when there are several articles; the paragraph
 *  search, bounded, runs only on pages that mark none of them. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const explicit = doc.querySelector('[itemprop~="articleBody"]');
  if (explicit && textLength(explicit) > 0) return explicit;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0];
  if (articles.length > 1) {
    let best = articles[0];
    let bestLength = textLength(best);
    for (let i = 1; i < articles.length; i++) {
      const length = textLength(articles[i]);
      if (length > bestLength) [best, bestLength] = [articles[i], length];
    }
    return best;
  }
  return doc.querySelector('main, [role="main"]') ?? densestBlock(doc) ?? body;
}

/** The parent with the most <p> text (first MAX_PARAGRAPHS paragraphs), when it holds at least
 *  200 characters. */
function densestBlock(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const parent = paragraphs[i].parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + textLength(paragraphs[i]));
  }
  let densest: Element | null = null;
  let most = 0;
  for (const [el, n] of totals) if (n > most) [densest, most] = [el, n];
  return densest && most >= 200 ? densest : null;
}
