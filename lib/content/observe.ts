// Dynamic pages: nodes added under the article root after the first scan are collected (debounced)
// and handed over as one batch. Our own nodes and skipped regions are ignored.
import { isInsideSkipped, isSkipped } from '../dom/collect';

export interface Observation {
  stop(): void;
  /** Drops the records of changes we just made ourselves (wrapper marks split text nodes). */
  ignoreOwnChanges(): void;
}

/** Nodes of ours: the tooltip host (data-deallens) and fallback wrapper marks. */
const OURS = '[data-deallens], deallens-mark';

/** A story appended beside the article (infinite scroll): an <article>, or a block with a few
 *  paragraphs of prose. */
function isAppendedStory(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (isSkipped(el)) return false;
  if (el.tagName === 'ARTICLE') return true;
  const paragraphs = el.querySelectorAll('p');
  let chars = 0;
  for (let i = 0; i < paragraphs.length && i < 50; i++) chars += (paragraphs[i].textContent ?? '').length;
  return paragraphs.length >= 3 && chars >= 400;
}

/** Watches `root` and, for stories appended beside it (infinite scroll), its parent's children. */
export function observeAdditions(root: Element, onBatch: (nodes: Node[]) => void, delayMs = 200): Observation {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const around =
    root.parentElement && root.parentElement !== root.ownerDocument.documentElement ? root.parentElement : root;
  const flush = () => {
    timer = undefined;
    const nodes = pending.filter((n) =>
      !n.isConnected
        ? false
        : root.contains(n)
          ? !isInsideSkipped(n, root)
          : n.parentNode === around && isAppendedStory(n),
    );
    pending = [];
    // Keep only the outermost of nested additions.
    const outer = nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
    if (outer.length) onBatch(outer);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.target !== around && !root.contains(r.target)) continue; // (beside the article: children only)
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 3 ? !(n as Text).data.trim() : n.nodeType !== 1) return;
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (el?.closest(OURS)) return;
        pending.push(n);
      });
    }
    if (pending.length && timer === undefined) timer = setTimeout(flush, delayMs);
  });
  observer.observe(around, { childList: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      pending = [];
    },
    ignoreOwnChanges() {
      observer.takeRecords();
    },
  };
}
