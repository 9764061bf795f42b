// The view switch as a WAI-ARIA tab list: arrow keys move between tabs (wrapping), Home and End
// jump to the ends. Pure: a key and the current position in, the next position (or null) out.

export function tabKeyTarget(key: string, at: number, count: number): number | null {
  if (count <= 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
