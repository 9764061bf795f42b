// Pointer and keyboard: one passive pointermove listener (hit-tested once per frame), an intent
// delay before showing, a grace period before hiding (the pointer may be travelling into the
// tooltip), and the keyboard shortcut. All state is here; what "show" means is the caller's.

export const GRACE_MS = 300;

export interface InteractionDeps {
  hitTest(x: number, y: number, target: EventTarget | null): number;
  show(index: number, via: 'pointer' | 'keyboard'): void;
  hide(): void;
  /** Index of the mention whose tooltip is open, or -1. */
  shown(): { index: number; via: 'pointer' | 'keyboard' | null };
  overTooltip(target: EventTarget | null): boolean;
  /** Keyboard navigation: the next/previous mark from the current one, or -1. */
  step(from: number, direction: 1 | -1): number;
  settings(): { hoverDelayMs: number; requireModifier: boolean };
  /** Whether the reader caused the event (default `event.isTrusted`; unit tests, whose events are
   *  all untrusted, say which of theirs count as the reader's). */
  trusted?(e: Event): boolean;
  /** Error sink: nothing we do may throw into the page. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

/** Form fields and editable regions never get a tooltip. */
export function isEditableTarget(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || !!el.isContentEditable;
}

/** Alt+Shift+L: next mark; Alt+Shift+K: previous (by key code, since Alt changes `key` on macOS). */
export function shortcutDirection(
  e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyL' ? 1 : e.code === 'KeyK' ? -1 : 0;
}

export function attachInteraction(
  win: Window,
  deps: InteractionDeps,
): { detach(): void; enterTooltip(): void; leaveTooltip(): void; step(direction: 1 | -1): boolean } {
  let intent: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: PointerEvent | null = null;
  let pending = -1;
  let keyboardIndex = -1;
  let returnFocus: Element | null = null;
  const trusted = deps.trusted ?? ((e: Event) => e.isTrusted);

  const cancelIntent = () => {
    clearTimeout(intent);
    intent = undefined;
    pending = -1;
  };
  const cancelGrace = () => {
    clearTimeout(grace);
    grace = undefined;
  };
  const hideSoon = () => {
    if (grace !== undefined) return;
    grace = setTimeout(
      deps.guard(() => {
        grace = undefined;
        deps.hide();
      }),
      GRACE_MS,
    );
  };

  const process = deps.guard(() => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (deps.overTooltip(e.target)) {
      cancelGrace();
      cancelIntent();
      return;
    }
    const { hoverDelayMs, requireModifier } = deps.settings();
    const allowed = !isEditableTarget(e.target) && (!requireModifier || e.altKey);
    const hit = allowed ? deps.hitTest(e.clientX, e.clientY, e.target) : -1;
    const open = deps.shown();
    if (hit >= 0 && hit === open.index) {
      cancelGrace();
      cancelIntent();
      return;
    }
    if (hit < 0) {
      cancelIntent();
      if (open.index >= 0 && open.via === 'pointer') hideSoon();
      return;
    }
    if (hit === pending) return; // already waiting on this one
    cancelIntent();
    pending = hit;
    // Stale-result protection: when the delay ends, the pointer must still be on the same mark.
    intent = setTimeout(
      deps.guard(() => {
        intent = undefined;
        const now = last && deps.hitTest(last.clientX, last.clientY, last.target);
        if (now === pending) {
          cancelGrace();
          deps.show(pending, 'pointer');
        }
        pending = -1;
      }),
      Math.max(0, hoverDelayMs),
    );
  });

  // Only the reader opens a tooltip: events a page script dispatches (isTrusted false) are ignored,
  // or the page could open each tooltip and read what it shows.
  const onMove = (e: PointerEvent) => {
    if (!trusted(e) || e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = win.requestAnimationFrame(process);
  };

  // Next / previous mark: the browser's command (relayed by the background), or the default keys
  // where the browser left them to the page. Never while the reader types in a field.
  const step = (dir: 1 | -1): boolean => {
    if (isEditableTarget(win.document.activeElement)) return false;
    const open = deps.shown();
    const next = deps.step(open.index >= 0 ? open.index : keyboardIndex, dir);
    if (next < 0) return false;
    if (open.index < 0) returnFocus = win.document.activeElement;
    keyboardIndex = next;
    cancelIntent();
    cancelGrace();
    deps.show(next, 'keyboard');
    return true;
  };

  const onKey = deps.guard((e: KeyboardEvent) => {
    if (!trusted(e)) return;
    const dir = shortcutDirection(e);
    if (dir) {
      if (!step(dir)) return;
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (e.key === 'Escape' && deps.shown().index >= 0) {
      cancelIntent();
      cancelGrace();
      const wasKeyboard = deps.shown().via === 'keyboard';
      deps.hide();
      const back = returnFocus as HTMLElement | null;
      if (wasKeyboard && typeof back?.focus === 'function') back.focus({ preventScroll: true });
      returnFocus = null;
    }
  });

  const onScroll = deps.guard(() => {
    const open = deps.shown();
    if (open.index >= 0 && open.via === 'pointer') {
      cancelGrace();
      deps.hide();
    }
  });

  win.addEventListener('pointermove', onMove, { passive: true });
  win.addEventListener('keydown', onKey, { capture: true });
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  return {
    step,
    enterTooltip: () => cancelGrace(),
    leaveTooltip: () => {
      if (deps.shown().via === 'pointer') hideSoon();
    },
    detach() {
      cancelIntent();
      cancelGrace();
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('pointermove', onMove);
      win.removeEventListener('keydown', onKey, { capture: true });
      win.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}
