// Which of a set of elements are on or near the screen, kept current by an IntersectionObserver.
// Why marks need it: Chromium rebuilds the markers of every registered highlight range after any
// change of the page's DOM or style (HighlightRegistry::ValidateHighlightMarkers), so a page with
// a running animation paid for every mark on every frame (8× the page's own main-thread time with
// 1,266 marks, `npm run bench -- cost`). Registering only the marks near the viewport bounds that
// by what a screen holds, however long the page grows.

interface NearViewport {
  /** Watches exactly these elements from now on; the new ones are classified at once. */
  watch(elements: Iterable<Element>): void;
  has(el: Element): boolean;
  stop(): void;
}

/** Share of the viewport's height watched above and below it: a wheel or arrow-key step brings
 *  marks into view that are registered already. Kept small: every registered mark's text is
 *  repainted on each frame in which the page changes its DOM or style. */
const NEAR_MARGIN = 0.25;

type IOCtor = new (
  cb: (entries: { target: Element; isIntersecting: boolean }[]) => void,
  opts: { rootMargin: string },
) => { observe(el: Element): void; unobserve(el: Element): void; disconnect(): void };

/** `onChange` runs after the observer moved elements in or out (not after `watch`). Without an
 *  IntersectionObserver every element counts as near (all marks, the old behaviour). */
export function nearViewport(win: Window, onChange: () => void, margin = NEAR_MARGIN): NearViewport {
  const IO = (win as Window & { IntersectionObserver?: IOCtor }).IntersectionObserver;
  const watched = new Set<Element>();
  const near = new Set<Element>();
  const observer = IO
    ? new IO(
        (entries) => {
          let changed = false;
          for (const e of entries) {
            if (!watched.has(e.target) || near.has(e.target) === e.isIntersecting) continue;
            if (e.isIntersecting) near.add(e.target);
            else near.delete(e.target);
            changed = true;
          }
          if (changed) onChange();
        },
        { rootMargin: `${margin * 100}% 0px` },
      )
    : null;
  const isNear = (el: Element) => {
    const r = el.getBoundingClientRect();
    const pad = win.innerHeight * margin;
    return r.bottom >= -pad && r.top <= win.innerHeight + pad;
  };
  return {
    watch(elements) {
      const next = new Set(elements);
      for (const el of watched)
        if (!next.has(el)) {
          watched.delete(el);
          near.delete(el);
          observer?.unobserve(el);
        }
      for (const el of next) {
        if (watched.has(el)) continue;
        watched.add(el);
        if (!observer || isNear(el)) near.add(el);
        observer?.observe(el);
      }
    },
    has: (el) => near.has(el),
    stop() {
      observer?.disconnect();
      watched.clear();
      near.clear();
    },
  };
}
