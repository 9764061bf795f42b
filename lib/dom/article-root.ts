// The article root: the block holding the story's running text, found by the text its paragraphs
// hold rather than by tag alone. On real pages the story is often in no <article> while the page's
// <article>s are teaser cards or comments, a schema articleBody can hold a gallery of other
// stories, and pages with no landmark at all put shop footers and link lists beside the story.
// Paragraph text (less its links, less a short allowance every teaser or caption has) is scored on
// each paragraph's parent and, half, its grandparent (a live blog's posts add up on their feed);
// the best few are weighed by their link density and whether they are furniture (./noise.ts).
import { isNoise } from './noise';
import { isSkipped } from './skip';

/** Paragraphs scored at most (the first ones in document order). */
const MAX_PARAGRAPHS = 2000;
/** Paragraphs scored per slice when the search runs in steps (a few milliseconds on a slow machine). */
const PARAGRAPHS_PER_STEP = 300;
/** Characters of every paragraph that count for nothing: teasers, captions and datelines are
 *  about this long, the story's paragraphs much longer. */
const SHORT = 40;
/** The least score a block needs to be taken for the story. */
const MIN_SCORE = 100;
/** Candidates whose link density is measured (the best by paragraph score). */
const TOP = 5;
/** A landmark around the story block is taken instead when it holds little more text (the
 *  headline, byline and dateline sit beside the paragraphs). */
const LANDMARK = 'article, [itemprop~="articleBody"], main, [role="main"]';

const textLength = (el: Element) => (el.textContent ?? '').length;

// (getElementsByTagName: a live collection the browser caches, no static list built per paragraph.)
function linkText(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += textLength(links[i]);
  return n;
}

/** Text of `el` outside links. */
const ownText = (el: Element) => Math.max(0, textLength(el) - linkText(el));

/** Text of a paragraph outside links, less SHORT; links are only looked for in a paragraph long enough to
 *  score that holds elements at all. */
function paragraphWeight(p: Element): number {
  const length = textLength(p);
  if (length <= SHORT) return 0;
  return (p.firstElementChild ? Math.max(0, length - linkText(p)) : length) - SHORT;
}

/** Paragraph score per block (parent gets the whole, grandparent half), added `count` paragraphs at a time:
 *  `add(count)` returns true when every paragraph (up to MAX_PARAGRAPHS) is in. */
function paragraphScorer(doc: Document) {
  const scores = new Map<Element, number>();
  // A static list: the page may change between steps.
  const paragraphs = doc.querySelectorAll('p');
  const end = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  let next = 0;
  return {
    scores,
    add(count: number): boolean {
      for (const until = Math.min(end, next + count); next < until; next++) {
        const weight = paragraphWeight(paragraphs[next]);
        if (weight <= 0) continue;
        const parent = paragraphs[next].parentElement;
        if (!parent) continue;
        scores.set(parent, (scores.get(parent) ?? 0) + weight);
        const grand = parent.parentElement;
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + weight / 2);
      }
      return next >= end;
    },
  };
}

/** The block holding the story's paragraphs, or null when no block holds enough. A story split
 *  into sibling sections scores on each section: when another strong block shares a near
 *  ancestor with the best one, that ancestor is the story. */
function storyBlock(scores: Map<Element, number>): Element | null {
  const top = [...scores.entries()]
    .filter(([, score]) => score > MIN_SCORE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP);
  const weighed = top.map(([el, score]): [Element, number] => {
    const length = textLength(el);
    const density = length ? linkText(el) / length : 0;
    const furniture = isNoise(el) || isSkipped(el) || el.closest('nav, aside, footer, header') !== null;
    return [el, score * (1 - density) * (furniture ? 0.2 : 1)];
  });
  weighed.sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = weighed[0] ?? [null, 0];
  if (!best || bestScore <= MIN_SCORE) return null;
  for (const [el, score] of weighed.slice(1)) {
    if (score < bestScore / 2 || best.contains(el) || el.contains(best)) continue;
    const shared = nearAncestorOf(best, el, 3);
    if (shared) return shared;
  }
  return best;
}

/** The lowest common ancestor of `a` and `b` at most `levels` above `a`, else null. */
function nearAncestorOf(a: Element, b: Element, levels: number): Element | null {
  let el = a.parentElement;
  for (let level = 0; el && el !== a.ownerDocument.body && level < levels; level++, el = el.parentElement)
    if (el.contains(b)) return el;
  return null;
}

/** The nearest landmark around `block` (up to 4 levels) when it holds at most a little more text
 *  than the block itself; else the block. */
function widen(block: Element, body: Element): Element {
  if (block.matches(LANDMARK)) return block;
  const own = ownText(block);
  let el = block.parentElement;
  for (let level = 0; el && el !== body && level < 4; level++, el = el.parentElement) {
    if (!el.matches(LANDMARK)) continue;
    return ownText(el) <= own * 1.1 + 200 ? el : block;
  }
  return block;
}

/** The article root found in steps, so that a page with thousands of paragraphs costs several short slices:
 *  `step()` scores the next `paragraphsPerStep` paragraphs and returns true once the root is known (`root`).
 *  After several scoring steps, weighing the best blocks (their whole text and links) is a step of its own. */
export function articleRootSearch(doc: Document, paragraphsPerStep = PARAGRAPHS_PER_STEP) {
  const body = doc.body;
  const scorer = body ? paragraphScorer(doc) : null;
  let steps = 0;
  let scored = false;
  const search = {
    root: null as Element | null,
    step(): boolean {
      if (!body || !scorer) return true;
      if (!scored) {
        scored = scorer.add(paragraphsPerStep);
        if (!scored || steps++ > 0) return false;
      }
      search.root = rootOf(doc, body, storyBlock(scorer.scores));
      return true;
    },
  };
  return search;
}

/** The article root (see the file comment), in one go. */
export function findArticleRoot(doc: Document): Element | null {
  const search = articleRootSearch(doc, Infinity);
  search.step();
  return search.root;
}

/** The story block widened to its landmark. Without a story block: the only or longest <article>, <main>, an
 *  article body with text, else null (never the whole <body>). */
function rootOf(doc: Document, body: HTMLElement, block: Element | null): Element | null {
  if (block) return widen(block, body);
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0];
  let longest: Element | null = null;
  let most = 0;
  for (let i = 0; i < articles.length; i++) {
    const length = textLength(articles[i]);
    if (length > most) [longest, most] = [articles[i], length];
  }
  if (longest) return longest;
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const explicit = doc.querySelector('[itemprop~="articleBody"]');
  return explicit && textLength(explicit) > 0 ? explicit : null;
}
