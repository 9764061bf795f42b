// The one tooltip host: `<deallens-tooltip data-deallens="tooltip">` with an OPEN shadow root (so
// tests and assistive technology read it like any content), created on first use. The host is
// fixed, zero-sized and outside the page's flow, so showing it can never shift layout. Preact
// renders inside; styles come from a constructable stylesheet (not blocked by a style-src CSP).
import { h, render } from 'preact';
import type { TooltipModel } from './model';
import { placeTooltip } from './position';
import { TOOLTIP_CSS } from './styles';
import { Tooltip } from './Tooltip';

export interface TooltipHost {
  show(model: TooltipModel, anchor: DOMRect, opts: { numbers: 'compact' | 'full'; focus?: boolean }): void;
  hide(): void;
  readonly open: boolean;
  /** Whether an event target (composed path) is inside the tooltip. */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['position', 'fixed'], ['left', '0'], ['top', '0'], ['width', '0'], ['height', '0'],
  ['display', 'block'], ['overflow', 'visible'], ['z-index', '2147483647'], ['pointer-events', 'none'],
  ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['contain', 'style'],
];

export function createTooltipHost(doc: Document, hooks: { onEnter(): void; onLeave(): void }): TooltipHost {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (box && host?.isConnected) return box;
    host = doc.createElement('deallens-tooltip');
    host.setAttribute('data-deallens', 'tooltip');
    for (const [k, v] of HOST_STYLE) host.style.setProperty(k, v, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    shadow.adoptedStyleSheets = [sheet];
    box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'tooltip');
    box.setAttribute('aria-live', 'polite');
    box.tabIndex = -1;
    box.hidden = true;
    box.addEventListener('pointerenter', hooks.onEnter);
    box.addEventListener('pointerleave', hooks.onLeave);
    shadow.append(box);
    doc.documentElement.append(host);
    return box;
  };

  return {
    get open() {
      return !!box && !box.hidden && !!host?.isConnected;
    },
    show(model, anchor, opts) {
      const el = ensure();
      el.hidden = false;
      el.style.visibility = 'hidden';
      el.style.left = '0px';
      el.style.top = '0px';
      el.style.maxHeight = '';
      render(h(Tooltip, { model, numbers: opts.numbers }), el);
      const view = doc.defaultView ?? window;
      const place = placeTooltip(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: view.innerWidth, height: view.innerHeight });
      el.style.left = `${place.left}px`;
      el.style.top = `${place.top}px`;
      el.style.maxHeight = `${place.maxHeight}px`;
      el.style.visibility = 'visible';
      el.setAttribute('data-side', place.side);
      if (opts.focus) el.focus({ preventScroll: true });
    },
    hide() {
      if (!box) return;
      box.hidden = true;
      render(null, box);
    },
    contains(target) {
      return !!host && !!target && (target === host || host.contains(target as Node) || host.shadowRoot!.contains(target as Node));
    },
    destroy() {
      if (box) render(null, box);
      host?.remove();
      host = box = null;
    },
  };
}
