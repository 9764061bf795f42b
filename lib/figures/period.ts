// Periods of money figures, and what a rate comes to over a year or a term. Pure. The Period type
// lives here (lib/extract/types.ts takes it from here), so figures point down to nothing.
export type Period = 'one-time' | 'month' | 'quarter' | 'year';

const PER_YEAR: Record<Period, number | null> = { 'one-time': null, month: 12, quarter: 4, year: 1 };

/** A rate's value per year: $1.25B a month → $15B. One-time amounts have no annual value. */
export function annualize(amount: number, period: Period): number | null {
  const times = PER_YEAR[period];
  return times === null ? null : amount * times;
}

/** Total over an explicit term: a rate times its months, or a one-time amount as it stands. */
export function totalOverTerm(amount: number, period: Period, termMonths: number | undefined): number | null {
  if (period === 'one-time') return termMonths ? amount : null;
  if (!termMonths) return null;
  return (annualize(amount, period) ?? 0) * (termMonths / 12);
}
