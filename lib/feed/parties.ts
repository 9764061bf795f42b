// A deal's principal parties: the sides of the trade, not a partner named beside them (a guarantor, a
// co-developer); a venture of partners only is its partners. One definition for matching a reading to a
// cached deal (lib/deals/reading-match.ts) and a candidate record to a feed record (candidate.ts).

export function principalParties(parties: readonly { name: string; role: string }[]): string[] {
  const main = parties.filter((p) => p.role !== 'partner');
  return [...new Set((main.length ? main : parties).map((p) => p.name))];
}
