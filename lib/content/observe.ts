// Dynamic pages: nodes added under the article root after the first scan are collected (debounced)
// and handed over as one batch. Our own nodes and skipped regions are ignored.
import { isInsideSkipped } from '../dom/collect';

export interface Observation {
  stop(): void;
  /** Drops the records of changes we just made ourselves (wrapper marks split text nodes). */
  ignoreOwnChanges(): void;
}

/** Nodes of ours: the tooltip host (data-deallens) and fallback wrapper marks. */
const OURS = '[data-deallens], deallens-mark';

export function observeAdditions(root: Element, onBatch: (nodes: Node[]) => void, delayMs = 200): Observation {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const nodes = pending.filter((n) => n.isConnected && !isInsideSkipped(n, root));
    pending = [];
    // Keep only the outermost of nested additions.
    const outer = nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
    if (outer.length) onBatch(outer);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 3 ? !(n as Text).data.trim() : n.nodeType !== 1) return;
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (el?.closest(OURS)) return;
        pending.push(n);
      });
    }
    if (pending.length && timer === undefined) timer = setTimeout(flush, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true });
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
