import { describe, expect, it } from 'vitest';
import { collectPieces, createCollector, isSkipped } from './collect';
import { buildTextMap } from './textmap';

// A minimal stand-in for the DOM: just the properties collect.ts reads (node types, tag names,
// attributes and sibling links), so the walk is tested without a browser.
interface FakeNode {
  nodeType: number;
  data?: string;
  tagName?: string;
  attrs?: Record<string, string>;
  firstChild: FakeNode | null;
  lastChild: FakeNode | null;
  previousSibling: FakeNode | null;
  nextSibling: FakeNode | null;
  parentElement: FakeNode | null;
  hasAttribute?(n: string): boolean;
  getAttribute?(n: string): string | null;
}

function link(parent: FakeNode, children: FakeNode[]) {
  children.forEach((c, i) => {
    c.parentElement = parent;
    c.previousSibling = children[i - 1] ?? null;
    c.nextSibling = children[i + 1] ?? null;
  });
  parent.firstChild = children[0] ?? null;
  parent.lastChild = children[children.length - 1] ?? null;
}
const t = (data: string): FakeNode => ({
  nodeType: 3,
  data,
  firstChild: null,
  lastChild: null,
  previousSibling: null,
  nextSibling: null,
  parentElement: null,
});
function el(tag: string, attrs: Record<string, string> | null, ...children: (FakeNode | string)[]): FakeNode {
  const a = attrs ?? {};
  const node: FakeNode = {
    nodeType: 1,
    tagName: tag.toUpperCase(),
    attrs: a,
    firstChild: null,
    lastChild: null,
    previousSibling: null,
    nextSibling: null,
    parentElement: null,
    hasAttribute: (n) => n in a,
    getAttribute: (n) => a[n] ?? null,
  };
  link(
    node,
    children.map((c) => (typeof c === 'string' ? t(c) : c)),
  );
  return node;
}
const textOf = (root: FakeNode) => buildTextMap(collectPieces(root as unknown as Node)).text;

describe('collectPieces', () => {
  it('joins inline elements and breaks at blocks', () => {
    const root = el(
      'article',
      null,
      el('h1', null, 'Title'),
      el('p', null, 'Pays ', el('a', { href: '#' }, '$1.25'), ' ', el('em', null, 'billion'), ' a month.'),
      el('p', null, 'Second', el('br', null), 'line.'),
    );
    expect(textOf(root)).toBe('Title\nPays $1.25 billion a month.\nSecond\nline.');
  });

  it('skips navigation, code (not <pre> text), forms, editable and hidden regions, and our own UI', () => {
    const root = el(
      'main',
      null,
      el('nav', null, 'Menu $9 billion'),
      el('p', null, 'Kept one.'),
      el('div', { contenteditable: 'true' }, el('p', null, 'Draft $7 billion')),
      el('div', { contenteditable: 'false' }, 'Kept two.'),
      el('code', null, 'const x = "$5 billion"'),
      el('p', { hidden: '' }, 'Hidden $3 billion'),
      el('span', { 'aria-hidden': 'true' }, 'Icon text'),
      el('deallens-tooltip', { 'data-deallens': 'tooltip' }, 'Tooltip $2 billion'),
      el('textarea', null, 'Typed $1 billion'),
      el('p', null, 'Kept three.'),
    );
    expect(textOf(root)).toBe('Kept one.\nKept two.\nKept three.');
  });

  it('does not glue text across a skipped block', () => {
    const root = el('div', null, 'Before', el('aside', null, 'ad'), 'after');
    expect(textOf(root)).toBe('Before\nafter');
  });

  it('walks very deep trees without recursion', () => {
    let node = el('span', null, 'deep');
    for (let i = 0; i < 20_000; i++) node = el('span', null, node);
    expect(textOf(el('article', null, node))).toBe('deep');
  });

  it('can be collected in slices with the same result', () => {
    const root = el(
      'article',
      null,
      ...Array.from({ length: 50 }, (_, i) => el('p', null, `Para ${i} `, el('b', null, 'bold'), ' end.')),
    );
    const c = createCollector(root as unknown as Node);
    let slices = 1;
    while (!c.run(7)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(buildTextMap(c.pieces).text).toBe(textOf(root));
  });

  it('knows what it skips', () => {
    expect(isSkipped(el('p', { role: 'navigation' }) as unknown as Element)).toBe(true);
    expect(isSkipped(el('p', null) as unknown as Element)).toBe(false);
  });
});
