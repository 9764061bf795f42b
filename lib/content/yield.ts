// Giving the page its turn between our slices. A module of its own: the loader (every page) uses it
// without pulling in the scan helpers.

/** Lets the page run: scheduler.yield() where it exists (keeps our place in line), else a task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
