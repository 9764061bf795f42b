// Finds the article on a page and collects its text once into a TextMap (one string + a map back
// to the Text nodes). Runs in the content script; the mapping logic itself lives in textmap.ts.
import { buildTextMap, type Piece, type TextMap } from './textmap';
import { isSkipped } from './skip';

export { isSkipped, isInsideSkipped } from './skip';
export { findArticleRoot } from './article-root';

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
  'PRE',
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

/** How a collection reads the page beyond the attribute rules of ./skip.ts. */
interface CollectOptions {
  /** Extra test for text out of sight (the page passes a bounded computed-style check). */
  hidden?: (el: Element) => boolean;
  /** The language of the text around `root` (default: the nearest `lang` attribute, else the
   *  document's). */
  lang?: string;
}

/** The nearest `lang` attribute of `node` or its ancestors ('' when none says). */
function langOf(node: Node): string {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const lang = el.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return '';
}

/** A resumable walk over `root` collecting text pieces in document order, with block
 *  boundaries and language changes: `run(n)` visits up to n more nodes and says whether the
 *  walk is done, so a huge page can be collected in slices that yield to the page between them. */
export function createCollector(
  root: Node,
  into: Piece<Text>[] = [],
  opts: CollectOptions = {},
): { pieces: Piece<Text>[]; run(maxNodes: number): boolean } {
  let lang = opts.lang ?? langOf(root);
  if (lang) into.push({ lang });
  // Iterative walk: article DOMs can be deep enough to make recursion a risk. A `{ lang }` item
  // `{ restoreLang }` item restores the parent's language once an element with its own `lang` is done.
  const stack: (Node | typeof BREAK | { restoreLang: string })[] = [root];
  const run = (maxNodes: number): boolean => {
    for (let visited = 0; stack.length && visited < maxNodes; visited++) {
      const item = stack.pop()!;
      if ('block' in item) {
        into.push(BREAK);
        continue;
      }
      if ('restoreLang' in item) {
        lang = item.restoreLang;
        into.push({ lang });
        continue;
      }
      const node = item as Node;
      if (node.nodeType === 3) {
        into.push({ node: node as Text, data: (node as Text).data });
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) continue;
      const el = node as Element;
      if (node.nodeType === 1 && node !== root && (isSkipped(el) || opts.hidden?.(el))) {
        into.push(BREAK);
        continue;
      }
      const block = node.nodeType === 1 && BLOCK.has(el.tagName.toUpperCase());
      if (block) {
        into.push(BREAK);
        stack.push(BREAK);
      }
      const own = node.nodeType === 1 && node !== root ? el.getAttribute('lang') : null;
      if (own !== null && own !== lang) {
        stack.push({ restoreLang: lang });
        lang = own;
        into.push({ lang });
      }
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return stack.length === 0;
  };
  return { pieces: into, run };
}

/** The text pieces of `root` in document order, with block boundaries (all at once). */
export function collectPieces(root: Node, into: Piece<Text>[] = [], opts: CollectOptions = {}): Piece<Text>[] {
  createCollector(root, into, opts).run(Infinity);
  return into;
}

export function collectText(root: Node, opts: CollectOptions = {}): TextMap<Text> {
  return buildTextMap(collectPieces(root, [], opts));
}
