import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRACE_MS, attachInteraction, isEditableTarget, shortcutDirection, type InteractionDeps } from './interaction';

// A window stand-in: Node's EventTarget plus a frame scheduler driven by the fake timers.
function fakeWindow() {
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  win.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 16) as unknown as number;
  win.cancelAnimationFrame = (id: number) => clearTimeout(id);
  win.document = { activeElement: null };
  return win as unknown as Window;
}

function pointer(win: Window, x: number, target: unknown = {}, extra: Record<string, unknown> = {}) {
  const e = Object.assign(new Event('pointermove'), {
    clientX: x,
    clientY: 10,
    pointerType: 'mouse',
    altKey: false,
    ...extra,
  });
  Object.defineProperty(e, 'target', { value: target });
  win.dispatchEvent(e);
}
function key(win: Window, init: Record<string, unknown>) {
  const e = Object.assign(new Event('keydown', { cancelable: true }), {
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    code: '',
    key: '',
    ...init,
  });
  win.dispatchEvent(e);
  return e;
}

describe('interaction', () => {
  let win: Window;
  let shownIndex: number;
  let shownVia: 'pointer' | 'keyboard' | null;
  let deps: InteractionDeps;
  let settings: { hoverDelayMs: number; requireModifier: boolean };
  // Marks 0..2 sit at x in [100, 200), [200, 300), [300, 400).
  const hit = (x: number) => (x >= 100 && x < 400 ? Math.floor(x / 100) - 1 : -1);

  beforeEach(() => {
    vi.useFakeTimers();
    win = fakeWindow();
    shownIndex = -1;
    shownVia = null;
    settings = { hoverDelayMs: 150, requireModifier: false };
    deps = {
      hitTest: (x) => hit(x),
      show: vi.fn((i, via) => {
        shownIndex = i;
        shownVia = via;
      }),
      hide: vi.fn(() => {
        shownIndex = -1;
        shownVia = null;
      }),
      shown: () => ({ index: shownIndex, via: shownVia }),
      overTooltip: (t) => (t as unknown) === 'tooltip',
      step: (from, dir) => (from < 0 ? (dir === 1 ? 0 : 2) : (from + dir + 3) % 3),
      settings: () => settings,
      guard: (fn) => fn,
      trusted: (e) => !(e as Event & { synthetic?: boolean }).synthetic,
    };
  });
  afterEach(() => vi.useRealTimers());

  it('shows after the intent delay, not before', () => {
    attachInteraction(win, deps);
    pointer(win, 150);
    vi.advanceTimersByTime(16 + 100);
    expect(deps.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(deps.show).toHaveBeenCalledWith(0, 'pointer');
  });

  it('drops a stale hover: the pointer left before the delay ended', () => {
    attachInteraction(win, deps);
    pointer(win, 150);
    vi.advanceTimersByTime(16 + 50);
    pointer(win, 50);
    vi.advanceTimersByTime(500);
    expect(deps.show).not.toHaveBeenCalled();
  });

  it('hides after a grace period, which the tooltip itself cancels', () => {
    const ui = attachInteraction(win, deps);
    pointer(win, 250);
    vi.advanceTimersByTime(200);
    expect(shownIndex).toBe(1);
    pointer(win, 50);
    vi.advanceTimersByTime(16 + GRACE_MS - 50);
    pointer(win, 0, 'tooltip'); // travelling into the tooltip
    ui.enterTooltip();
    vi.advanceTimersByTime(1000);
    expect(deps.hide).not.toHaveBeenCalled();
    ui.leaveTooltip();
    vi.advanceTimersByTime(GRACE_MS + 1);
    expect(deps.hide).toHaveBeenCalledTimes(1);
  });

  it('ignores form fields and honours the modifier-key setting', () => {
    attachInteraction(win, deps);
    pointer(win, 150, { tagName: 'textarea' });
    vi.advanceTimersByTime(500);
    expect(deps.show).not.toHaveBeenCalled();
    settings.requireModifier = true;
    pointer(win, 160);
    vi.advanceTimersByTime(500);
    expect(deps.show).not.toHaveBeenCalled();
    pointer(win, 170, {}, { altKey: true });
    vi.advanceTimersByTime(500);
    expect(deps.show).toHaveBeenCalledWith(0, 'pointer');
  });

  it('moves through marks by keyboard and closes with Escape', () => {
    attachInteraction(win, deps);
    const e = key(win, { altKey: true, shiftKey: true, code: 'KeyL' });
    expect(e.defaultPrevented).toBe(true);
    expect(deps.show).toHaveBeenLastCalledWith(0, 'keyboard');
    key(win, { altKey: true, shiftKey: true, code: 'KeyL' });
    expect(deps.show).toHaveBeenLastCalledWith(1, 'keyboard');
    key(win, { altKey: true, shiftKey: true, code: 'KeyK' });
    expect(deps.show).toHaveBeenLastCalledWith(0, 'keyboard');
    key(win, { key: 'Escape' });
    expect(shownIndex).toBe(-1);
    // Escape with nothing open is left to the page.
    expect(key(win, { key: 'Escape' }).defaultPrevented).toBe(false);
  });

  it('ignores events a page script made: no synthetic hover or key opens a tooltip', () => {
    attachInteraction(win, deps);
    pointer(win, 150, {}, { synthetic: true });
    vi.advanceTimersByTime(1000);
    key(win, { altKey: true, shiftKey: true, code: 'KeyL', synthetic: true });
    expect(deps.show).not.toHaveBeenCalled();
    pointer(win, 150);
    vi.advanceTimersByTime(1000);
    expect(deps.show).toHaveBeenCalledWith(0, 'pointer');
  });

  it('takes the browser command to step, except while the reader types in a field', () => {
    const ui = attachInteraction(win, deps);
    (win.document as unknown as { activeElement: unknown }).activeElement = { tagName: 'TEXTAREA' };
    expect(ui.step(1)).toBe(false);
    key(win, { altKey: true, shiftKey: true, code: 'KeyL' });
    expect(deps.show).not.toHaveBeenCalled();
    (win.document as unknown as { activeElement: unknown }).activeElement = { tagName: 'DIV', isContentEditable: true };
    expect(ui.step(1)).toBe(false);
    (win.document as unknown as { activeElement: unknown }).activeElement = { tagName: 'BODY' };
    expect(ui.step(1)).toBe(true);
    expect(deps.show).toHaveBeenCalledWith(0, 'keyboard');
  });

  it('detaches every listener', () => {
    const ui = attachInteraction(win, deps);
    ui.detach();
    pointer(win, 150);
    key(win, { altKey: true, shiftKey: true, code: 'KeyL' });
    vi.advanceTimersByTime(1000);
    expect(deps.show).not.toHaveBeenCalled();
  });
});

describe('shortcutDirection / isEditableTarget', () => {
  const k = (
    code: string,
    mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = { altKey: true, shiftKey: true },
  ) => shortcutDirection({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code, ...mods });
  it('reads Alt+Shift+L / K by key code only', () => {
    expect(k('KeyL')).toBe(1);
    expect(k('KeyK')).toBe(-1);
    expect(k('KeyL', { altKey: true })).toBe(0);
    expect(k('KeyL', { altKey: true, shiftKey: true, ctrlKey: true })).toBe(0);
  });
  it('knows editable targets', () => {
    expect(isEditableTarget({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isEditableTarget({ tagName: 'P', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isEditableTarget({ tagName: 'P' } as unknown as EventTarget)).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});
