// The one tooltip host: `<deallens-tooltip data-deallens="tooltip">` with a CLOSED shadow root,
// created on first use. The page must not read what DealLens shows (deals of a private feed): it
// reaches an empty host. Assistive technology reads the accessibility tree, which includes closed
// roots; the e2e harness reads it from the content script's world (test/e2e/tooltip-reader.ts). The host is
// fixed, zero-sized and outside the page's flow, so showing it can never shift layout. Preact
// renders inside; styles come from a constructable stylesheet (not blocked by a style-src CSP).
import { h, render } from 'preact';
import { tooltipText, type TooltipModel } from './model';
import { placeTooltip } from './position';
import { TOOLTIP_CSS } from './styles';
import { Tooltip } from './Tooltip';
import { chooseTheme, pageTheme, type TooltipTheme } from './theme';

/** The box is never taller than this share of the viewport; its content scrolls inside. */
const MAX_VIEWPORT_SHARE = 0.6;

interface TooltipHost {
  /** Creates the host and parses the styles (call when idle). It renders nothing: a warm-up render
   *  was the longest task DealLens ran on most pages (85 ms median, 550 ms max on the page bench at
   *  load 14), paid on every page for a hover that may never come. */
  prepare(): void;
  show(
    model: TooltipModel,
    anchor: DOMRect,
    opts: { numbers: 'compact' | 'full'; focus?: boolean; theme?: TooltipTheme },
  ): void;
  hide(): void;
  readonly open: boolean;
  /** Whether an event target (composed path) is inside the tooltip. */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

// Also inline, so the host is out of flow from the moment it is inserted (before the shadow
// stylesheet applies); the :host rule in styles.ts is what wins against page !important rules.
const HOST_STYLE: [string, string][] = [
  ['position', 'fixed'],
  ['left', '0'],
  ['top', '0'],
  ['width', '0'],
  ['height', '0'],
  ['display', 'block'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['contain', 'style'],
];

export function createTooltipHost(
  doc: Document,
  hooks: { onEnter(): void; onLeave(): void; onExplore?(company: string): void; onSave?(): Promise<unknown> },
): TooltipHost {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;

  let shadow: ShadowRoot | null = null;
  // A live region that outlives the boxes, so screen readers announce each tooltip's text.
  let live: HTMLElement | null = null;
  const ensureHost = (): ShadowRoot => {
    if (shadow && host?.isConnected) return shadow;
    host = doc.createElement('deallens-tooltip');
    host.setAttribute('data-deallens', 'tooltip');
    for (const [k, v] of HOST_STYLE) host.style.setProperty(k, v, 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    shadow.adoptedStyleSheets = [sheet];
    live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    shadow.append(live);
    doc.documentElement.append(host);
    return shadow;
  };

  // Each show gets a fresh box: a box that moved while visible would count as a layout shift,
  // a newly inserted one does not.
  const newBox = (root: ShadowRoot): HTMLElement => {
    const el = doc.createElement('div');
    el.className = 'box';
    el.setAttribute('role', 'tooltip');
    el.tabIndex = -1;
    el.style.visibility = 'hidden';
    el.addEventListener('pointerenter', hooks.onEnter);
    el.addEventListener('pointerleave', hooks.onLeave);
    root.append(el);
    return el;
  };
  const dropBox = () => {
    if (!box) return;
    render(null, box);
    box.remove();
    box = null;
  };

  return {
    prepare() {
      ensureHost();
    },
    get open() {
      return !!box && !!host?.isConnected;
    },
    show(model, anchor, opts) {
      const root = ensureHost();
      dropBox();
      const el = (box = newBox(root));
      const view = doc.defaultView ?? window;
      el.dataset.theme = chooseTheme(opts.theme, () => themeAround(doc, anchor));
      const place = () => {
        el.style.maxHeight = '';
        const cap = Math.floor(view.innerHeight * MAX_VIEWPORT_SHARE);
        const size = { width: el.offsetWidth, height: Math.min(el.scrollHeight, cap) };
        const p = placeTooltip(anchor, size, { width: view.innerWidth, height: view.innerHeight });
        el.style.left = `${p.left}px`;
        el.style.top = `${p.top}px`;
        el.style.maxHeight = `${Math.min(p.maxHeight, cap)}px`;
        el.setAttribute('data-side', p.side);
      };
      const copy = async (text: string) => {
        try {
          await view.navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      };
      render(
        h(Tooltip, {
          model,
          numbers: opts.numbers,
          onExplore: hooks.onExplore,
          onSave: hooks.onSave,
          copy,
          pageUrl: doc.URL,
          onResize: place,
        }),
        el,
      );
      place();
      el.style.visibility = 'visible';
      if (live) live.textContent = tooltipText(model);
      if (opts.focus) el.focus({ preventScroll: true });
    },
    hide: dropBox,
    contains(target) {
      return (
        !!host && !!target && (target === host || host.contains(target as Node) || !!shadow?.contains(target as Node))
      );
    },
    destroy() {
      dropBox();
      host?.remove();
      host = null;
      shadow = null;
      live = null;
    },
  };
}

/** The page's own background around the mark (the element under its centre and up). */
function themeAround(doc: Document, anchor: DOMRect): 'light' | 'dark' {
  const view = doc.defaultView ?? window;
  const at = doc.elementFromPoint(anchor.left + anchor.width / 2, anchor.top + anchor.height / 2);
  const canvasDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return pageTheme(at, (el) => view.getComputedStyle(el).backgroundColor, canvasDark);
}
