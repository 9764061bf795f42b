// Small helpers shared by the loader and the annotator (kept apart so the loader stays small).

/** Runs `cb` when the page is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(cb: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void })
    .requestIdleCallback;
  if (ric) ric(cb, { timeout: 1000 });
  else setTimeout(cb, 50);
}

/** Wraps a callback so nothing it throws (or rejects with) ever reaches the page. */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) r.catch((e) => console.debug('[DealLens]', e));
    } catch (e) {
      console.debug('[DealLens]', e);
    }
  };
}
