// Reads the tooltip the way the extension does. Its shadow root is closed, so neither the page
// nor Playwright's selectors reach it; the content script's isolated world can, through
// `chrome.dom.openOrClosedShadowRoot`. The reader finds that world over CDP (the execution
// context whose origin is the extension's) and evaluates there. No hook is built into the product.
import type { CDPSession, Page } from 'playwright-core';

interface Context {
  id: number;
  origin: string;
  frameId?: string;
}

export interface TooltipReader {
  /** Evaluates `expression` in the content script's world with `root` (the tooltip's shadow root,
   *  or null) and `box` (the open tooltip box, or null) in scope; returns the value as JSON. */
  evaluate<T>(page: Page, expression: string): Promise<T>;
  /** Waits until the tooltip box is shown (laid out, visibility visible) or gone. */
  waitFor(page: Page, state: 'visible' | 'hidden', timeout?: number): Promise<void>;
  isVisible(page: Page): Promise<boolean>;
  /** Runs a script as-is in the content script's world (a library such as axe-core, no CSP applies). */
  inject(page: Page, source: string): Promise<void>;
  /** A trusted click (the real mouse) on the centre of the first element matching `selector`. */
  click(page: Page, selector: string): Promise<void>;
}

const VISIBLE = `!!box && box.getClientRects().length > 0 && getComputedStyle(box).visibility === 'visible'`;

export function createTooltipReader(extensionId: string): TooltipReader {
  const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; contexts: Map<number, Context> }>>();
  const origin = `chrome-extension://${extensionId}`;

  const session = (page: Page) => {
    let s = sessions.get(page);
    if (!s) {
      s = (async () => {
        const cdp = await page.context().newCDPSession(page);
        const contexts = new Map<number, Context>();
        cdp.on('Runtime.executionContextCreated', ({ context }) =>
          contexts.set(context.id, { id: context.id, origin: context.origin, frameId: context.auxData?.frameId }),
        );
        cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
        cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
        await cdp.send('Runtime.enable'); // replays the contexts that exist already
        return { cdp, contexts };
      })();
      sessions.set(page, s);
    }
    return s;
  };

  async function contentWorld(page: Page): Promise<{ cdp: CDPSession; id: number }> {
    const { cdp, contexts } = await session(page);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const mine = [...contexts.values()].filter((c) => c.origin === origin && c.frameId === frameTree.frame.id);
      if (mine.length) return { cdp, id: mine[mine.length - 1].id };
      if (Date.now() > deadline) throw new Error(`No DealLens content script world in ${page.url()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function evaluate<T>(page: Page, expression: string): Promise<T> {
    const { cdp, id } = await contentWorld(page);
    const source =
      `(function () {
      var host = document.querySelector('[data-deallens="tooltip"]');
      var root = host ? (typeof chrome !== 'undefined' && chrome.dom ? ` +
      `chrome.dom.openOrClosedShadowRoot(host) : host.shadowRoot) : null;
      var box = root ? root.querySelector('[role="tooltip"]') : null;
      return JSON.stringify((${expression}) ?? null);
    })()`;
    const r = await cdp.send('Runtime.evaluate', { expression: source, contextId: id, returnByValue: true });
    if (r.exceptionDetails)
      throw new Error(`In the tooltip: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return JSON.parse(r.result.value as string) as T;
  }

  const isVisible = (page: Page) => evaluate<boolean>(page, VISIBLE);

  return {
    evaluate,
    isVisible,
    async inject(page, source) {
      const { cdp, id } = await contentWorld(page);
      const r = await cdp.send('Runtime.evaluate', { expression: source, contextId: id });
      if (r.exceptionDetails) throw new Error(`Injecting: ${r.exceptionDetails.text}`);
    },
    async waitFor(page, state, timeout = 5_000) {
      const deadline = Date.now() + timeout;
      while ((await isVisible(page)) !== (state === 'visible')) {
        if (Date.now() > deadline) throw new Error(`The tooltip did not become ${state} within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async click(page, selector) {
      const rect = await evaluate<{ x: number; y: number; width: number; height: number } | null>(
        page,
        // Scrolls the box alone, as a reader's wheel over it would: scrolling the page closes the tooltip.
        `(function (el) { if (!el) return null; var r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
          if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom; ` +
          `else if (r.top < b.top) box.scrollTop -= b.top - r.top;
          r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height }; ` +
          `})(root && root.querySelector(${JSON.stringify(selector)}))`,
      );
      if (!rect) throw new Error(`Nothing in the tooltip matches ${selector}`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    },
  };
}
