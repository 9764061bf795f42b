import { describe, expect, it } from 'vitest';
import { createMarks, highlightName } from './marks';

// A stand-in window with just what marks.ts and near-viewport.ts use: the Highlight API, an
// IntersectionObserver the test drives by hand, element boxes at given heights.
type Entry = { target: Element; isIntersecting: boolean };
function fakeWindow() {
  const registry = new Map<string, Set<unknown>>();
  const observed = new Set<Element>();
  let deliver: (entries: Entry[]) => void = () => {};
  let margin = '';
  class Highlight extends Set<unknown> {
    priority = 0;
    constructor(...ranges: unknown[]) {
      super(ranges);
    }
  }
  class IntersectionObserver {
    constructor(cb: (entries: Entry[]) => void, opts: { rootMargin: string }) {
      deliver = cb;
      margin = opts.rootMargin;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const win = {
    Highlight,
    IntersectionObserver,
    CSS: { highlights: registry },
    innerHeight: 1000,
    CSSStyleSheet: class {
      replaceSync() {}
    },
  };
  const doc = { defaultView: win, adoptedStyleSheets: [] } as unknown as Document;
  return { win, doc, registry, observed, deliver: (e: Entry[]) => deliver(e), margin: () => margin };
}

/** A paragraph whose box spans [top, top + 100) and a range in its text. */
function paragraph(top: number) {
  const el = {
    getClientRects: () => [{}],
    getBoundingClientRect: () => ({ top, bottom: top + 100 }),
    parentElement: null,
  } as unknown as Element;
  const range = { startContainer: { nodeType: 3, parentElement: el } } as unknown as Range;
  return { el, range };
}

const texts = (registry: Map<string, Set<unknown>>, name: string) => [
  ...(registry.get(highlightName(name as 'money')) ?? []),
];

describe('marks near the viewport', () => {
  it('registers only the marks on or near the screen, and follows the observer as the reader scrolls', () => {
    const w = fakeWindow();
    const marks = createMarks(w.doc);
    const top = paragraph(100); // on screen
    const below = paragraph(1150); // within a quarter of a screen below
    const beyond = paragraph(1300); // just past it
    const far = paragraph(9000);
    marks.set([
      { type: 'money', range: top.range },
      { type: 'gpu', range: below.range },
      { type: 'money', range: far.range },
      { type: 'money', range: beyond.range },
      { type: 'power', range: null },
    ]);
    expect(w.margin()).toBe('25% 0px');
    expect(texts(w.registry, 'money')).toEqual([top.range]);
    expect(texts(w.registry, 'gpu')).toEqual([below.range]);
    expect(w.registry.has(highlightName('power'))).toBe(false);
    expect(w.observed).toEqual(new Set([top.el, below.el, far.el, beyond.el]));

    // Scrolled far down: the first paragraph leaves, the far one arrives.
    w.deliver([
      { target: top.el, isIntersecting: false },
      { target: far.el, isIntersecting: true },
    ]);
    expect(texts(w.registry, 'money')).toEqual([far.range]);
    expect(texts(w.registry, 'gpu')).toEqual([below.range]);
  });

  it('stops watching what a new set of marks no longer holds, and everything on clear', () => {
    const w = fakeWindow();
    const marks = createMarks(w.doc);
    const a = paragraph(0);
    const b = paragraph(200);
    marks.set([
      { type: 'money', range: a.range },
      { type: 'money', range: b.range },
    ]);
    expect(texts(w.registry, 'money')).toHaveLength(2);
    marks.set([{ type: 'money', range: b.range }]);
    expect(w.observed).toEqual(new Set([b.el]));
    expect(texts(w.registry, 'money')).toEqual([b.range]);
    // A late observer entry for an element no longer watched changes nothing.
    w.deliver([{ target: a.el, isIntersecting: true }]);
    expect(texts(w.registry, 'money')).toEqual([b.range]);
    marks.clear();
    expect(w.observed.size).toBe(0);
    expect(w.registry.has(highlightName('money'))).toBe(false);
  });

  it('without an IntersectionObserver registers every mark, as before', () => {
    const w = fakeWindow();
    delete (w.win as { IntersectionObserver?: unknown }).IntersectionObserver;
    const marks = createMarks(w.doc);
    const far = paragraph(50_000);
    marks.set([{ type: 'money', range: far.range }]);
    expect(texts(w.registry, 'money')).toEqual([far.range]);
  });
});
