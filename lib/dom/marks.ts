// Marks: one CSS Custom Highlight per mention type (`deallens-money` …) plus `deallens-active` for
// the mark the keyboard or pointer is on; only the marks near the screen are registered. The
// ::highlight() rules go into a constructable stylesheet adopted by the document: no element is
// added to the page and a strict style-src CSP does not apply to it. Where the Highlight API is
// missing, inline wrapper elements that change no layout (no box, no padding, no font change) carry
// the same colors.
import type { MentionType } from '../extract/types';
import { FIGURE_KINDS, type MarkStyle } from '../figures/kinds';
import { nearViewport } from './near-viewport';

const MARK_TYPES: MentionType[] = FIGURE_KINDS.map((k) => k.type);

/** A mark's look: the registry's colour as an underline in the kind's own style (solid, double,
 *  dashed, dotted: a shape as well as a colour, so a reader who cannot tell the colours apart tells
 *  the kinds apart) plus a faint tint of the same colour, readable on light and dark pages. No
 *  kind is blue-and-solid, so company marks do not look like links. */
interface MarkLook {
  line: string;
  fill: string;
  style: MarkStyle;
}
const tint = (color: string, alpha: number) => color.replace(/\)$/, ` / ${alpha})`);
const LOOKS: Record<MentionType | 'active', MarkLook> = {
  ...(Object.fromEntries(
    FIGURE_KINDS.map((k) => [k.type, { line: k.color.light, fill: tint(k.color.light, 0.12), style: k.markStyle }]),
  ) as Record<MentionType, MarkLook>),
  active: { line: 'rgb(202 138 4)', fill: 'rgb(250 204 21 / 0.45)', style: 'solid' },
};

/** The `text-decoration` of a kind's mark (also what the legend draws). 2px: a dotted or double
 *  line thinner than that is lost at body text sizes. */
export function markDecoration(look: { line: string; style: MarkStyle }): string {
  return `underline ${look.style} ${look.line} 2px`;
}

export const highlightName = (type: MentionType | 'active') => `deallens-${type}`;

export interface Marks {
  /** Replaces every mark. `ranges[i]` belongs to mention i; null ranges are skipped. */
  set(items: { type: MentionType; range: Range | null }[]): void;
  setActive(range: Range | null): void;
  clear(): void;
  /** 'highlight' or 'wrapper': which mechanism is in use. */
  readonly kind: 'highlight' | 'wrapper';
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(r: Range): void; clear(): void };
interface Registry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function highlightApi(win: Window): { Highlight: HighlightCtor; registry: Registry } | null {
  const w = win as Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } };
  const registry = w.CSS?.highlights;
  return typeof w.Highlight === 'function' && registry ? { Highlight: w.Highlight, registry } : null;
}

export function highlightCss(): string {
  return (Object.keys(LOOKS) as (MentionType | 'active')[])
    .map(
      (t) =>
        `::highlight(${highlightName(t)}){background-color:${LOOKS[t].fill};` +
        `text-decoration:${markDecoration(LOOKS[t])};text-decoration-skip-ink:none;text-underline-offset:2px}`,
    )
    .join('\n');
}

function adoptStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}

/** Highlights where the browser has the API, else the wrapper fallback. Nothing on the page
 *  chooses between them (a page that forced the fallback on a long article froze its tab). */
export function createMarks(doc: Document): Marks {
  const api = highlightApi(doc.defaultView ?? window);
  return api ? highlightMarks(doc, api) : wrapperMarks(doc);
}

/** The element whose box stands for a range on screen: the start's nearest element with a box
 *  (text in a `display: contents` element is laid out by its ancestors). */
function boxOf(range: Range): Element | null {
  let el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  for (let up = 0; el && up < 4 && el.parentElement && !el.getClientRects().length; up++) el = el.parentElement;
  return el;
}

/** Only the marks on or near the screen are registered (see near-viewport.ts for why); the rest
 *  are kept and registered as the reader scrolls to them. */
function highlightMarks(
  doc: Document,
  { Highlight, registry }: { Highlight: HighlightCtor; registry: Registry },
): Marks {
  let unadopt: (() => void) | null = null;
  const active = new Highlight();
  active.priority = 1;
  let byBox = new Map<Element, { type: MentionType; range: Range }[]>();
  // Each range's box found once: set() runs for every paragraph a live page appends, and asking
  // every mark's element for its boxes again made that cost grow with the page.
  const boxes = new WeakMap<Range, Element>();
  const register = () => {
    const ranges = new Map<MentionType, Range[]>(MARK_TYPES.map((t) => [t, []]));
    for (const [box, list] of byBox) if (near.has(box)) for (const i of list) ranges.get(i.type)?.push(i.range);
    for (const [type, list] of ranges)
      if (list.length) registry.set(highlightName(type), new Highlight(...list));
      else registry.delete(highlightName(type));
  };
  const near = nearViewport(doc.defaultView ?? window, register);
  return {
    kind: 'highlight',
    set(items) {
      unadopt ??= adoptStyles(doc, highlightCss());
      byBox = new Map();
      for (const { type, range } of items) {
        let box = range && boxes.get(range);
        if (range && !box) {
          box = boxOf(range);
          if (box) boxes.set(range, box);
        }
        if (!box) continue;
        const list = byBox.get(box);
        if (list) list.push({ type, range: range! });
        else byBox.set(box, [{ type, range: range! }]);
      }
      near.watch(byBox.keys());
      register();
    },
    setActive(range) {
      active.clear();
      if (range) {
        active.add(range);
        registry.set(highlightName('active'), active);
      } else registry.delete(highlightName('active'));
    },
    clear() {
      near.watch([]);
      byBox = new Map();
      for (const type of MARK_TYPES) registry.delete(highlightName(type));
      registry.delete(highlightName('active'));
      unadopt?.();
      unadopt = null;
    },
  };
}

/** Fallback: wraps each text-node piece of a range in <deallens-mark>. Inline, no box model
 *  change, so no layout shift; removed by moving the text back out (text nodes stay split: page
 *  frameworks may hold references to them). */
function wrapperMarks(doc: Document): Marks {
  let wrappers: HTMLElement[] = [];
  const style = (el: HTMLElement, c: MarkLook) => {
    el.style.setProperty('background-color', c.fill, 'important');
    el.style.setProperty('text-decoration', markDecoration(c), 'important');
    el.style.setProperty('text-underline-offset', '2px', 'important');
  };
  const wrap = (range: Range, type: MentionType): HTMLElement[] => {
    const pieces: Range[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (let n = walker.currentNode; n; n = walker.nextNode()!) {
      if (n.nodeType !== 3 || !range.intersectsNode(n)) continue;
      const piece = doc.createRange();
      piece.selectNodeContents(n);
      if (n === range.startContainer) piece.setStart(n, range.startOffset);
      if (n === range.endContainer) piece.setEnd(n, range.endOffset);
      if (!piece.collapsed) pieces.push(piece);
    }
    return pieces.map((piece) => {
      const el = doc.createElement('deallens-mark');
      style(el, LOOKS[type]);
      piece.surroundContents(el);
      return el;
    });
  };
  const unwrap = () => {
    for (const el of wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    }
    wrappers = [];
  };
  let activeEls: HTMLElement[] = [];
  return {
    kind: 'wrapper',
    set(items) {
      unwrap();
      // Innermost first: wrapping an outer mark first would move the text an inner range points
      // into, collapsing it. Each range is then re-anchored around its own wrappers, so it stays
      // live for hit-testing and for the next unwrap.
      const live = items.filter((i): i is { type: MentionType; range: Range } => !!i.range);
      live.sort((a, b) => a.range.toString().length - b.range.toString().length);
      for (const { type, range } of live) {
        const els = wrap(range, type);
        if (!els.length) continue;
        range.setStartBefore(els[0]);
        range.setEndAfter(els[els.length - 1]);
        wrappers.push(...els);
      }
    },
    setActive(range) {
      for (const el of activeEls) el.style.removeProperty('outline');
      activeEls = range ? wrappers.filter((el) => range.intersectsNode(el)) : [];
      for (const el of activeEls) el.style.setProperty('outline', `2px solid ${LOOKS.active.line}`, 'important');
    },
    clear: unwrap,
  };
}
