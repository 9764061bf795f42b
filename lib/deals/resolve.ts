// Precedence between feeds. Every feed keeps its own layer of records; the effective record for a
// key is the one from the enabled feed with the highest priority (user feeds over the bundled one,
// the newest user feed first). A tombstone is a record too: when it wins, the key has no
// effective record, so a feed can remove what it or any lower feed says, never what a higher one
// says. Pure.

interface Layered {
  feed: string;
}

/** `priorities` holds enabled feeds only; rows of other feeds never win. */
export function pickWinner<T extends Layered>(rows: readonly T[], priorities: ReadonlyMap<string, number>): T | null {
  let best: T | null = null;
  let bestPriority = -Infinity;
  for (const row of rows) {
    const p = priorities.get(row.feed);
    if (p !== undefined && p > bestPriority) {
      best = row;
      bestPriority = p;
    }
  }
  return best;
}
