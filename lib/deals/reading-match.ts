// Matching by reading: a cached deal is "the deal on this page" only when a deal reading of the page
// (lib/reading) names its principal parties and agrees with it on kind or amount. A figure alone never
// matches (issue 11: "200,000 GPUs" is not Microsoft–Nscale). Pure; every match says why.
import type { Deal, FxTable } from '../feed/types';
import { principalParties } from '../feed/parties';
import type { DealReading } from '../reading/types';
import { annualize, totalOverTerm, type Period } from '../figures/period';
import { toUsd } from '../figures/fx';
import { moneyWords } from '../figures/words';
import { t } from '../i18n';

export interface ReadingMatch {
  deal: Deal;
  readingId: string;
  /** In words: "same parties and amount"; "same parties; $2.4B here vs $3B in your list". */
  why: string;
}

/** Two amounts agree when within this share of the larger (rounding in news copy: "$14.2B" vs $14.3B). */
const AMOUNT_TOLERANCE = 0.05;

const lower = (s: string) => s.toLowerCase();

/** Both sides of the deal named by the reading: at least two of its parties, and every one of the
 *  reading's when it names two or fewer (a round with ten backers needs two of them, not all). */
function sameParties(reading: DealReading, deal: Deal): boolean {
  const ours = [...new Set(principalParties(reading.parties).map(lower))];
  if (ours.length < 2) return false;
  const theirs = new Set(deal.parties.map((p) => lower(p.name)));
  const shared = ours.filter((n) => theirs.has(n)).length;
  return shared >= 2 && (ours.length > 2 || shared === ours.length);
}

/** The reading's and the deal's values in USD on the same footing (both per year, or both totals;
 *  a deal's base amount and its total with options both count), most direct first; empty when they
 *  cannot be compared. */
function comparableUsd(reading: DealReading, deal: Deal, fx: FxTable | null): [number, number][] {
  const m = reading.money;
  const v = deal.value;
  if (!m || m.amount === undefined || !v) return [];
  const here = toUsd(m.amount, m.currency, fx);
  if (here === undefined) return [];
  const dealUsd = (n: number | null) => (n === null ? undefined : toUsd(n, v.currency, fx));
  const theirAmount = dealUsd(v.amount);
  const theirTotal = dealUsd(v.total);
  const ourTotal = totalOverTerm(here, m.period, m.termMonths) ?? (m.period === 'one-time' ? here : null);
  const pairs: [number, number][] = [];
  if (m.period !== 'one-time' && v.period !== null && theirAmount !== undefined)
    pairs.push([annualize(here, m.period)!, annualize(theirAmount, v.period as Period)!]);
  if (ourTotal !== null) {
    if (v.period === null && theirAmount !== undefined) pairs.push([ourTotal, theirAmount]);
    if (theirTotal !== undefined) pairs.push([ourTotal, theirTotal]);
    const theirs =
      theirAmount === undefined || v.period === null
        ? null
        : totalOverTerm(theirAmount, v.period as Period, v.termMonths ?? undefined);
    if (theirs !== null) pairs.push([ourTotal, theirs]);
  }
  return pairs;
}

const agree = ([a, b]: [number, number]) => Math.abs(a - b) <= AMOUNT_TOLERANCE * Math.max(a, b);

/** How `deal` matches `reading` (amounts agreeing ranks first), with why in words; null when not. */
function matchOf(reading: DealReading, deal: Deal, fx: FxTable | null): { amount: boolean; why: string } | null {
  if (!sameParties(reading, deal)) return null;
  const pairs = comparableUsd(reading, deal, fx);
  if (pairs.some(agree)) return { amount: true, why: t('matchSameAmount') };
  if (reading.kind !== deal.kind) return null;
  if (!pairs.length) return { amount: false, why: t('matchSameKind') };
  return { amount: false, why: t('matchOtherAmount', moneyWords(pairs[0][0]), moneyWords(pairs[0][1])) };
}

/** Why `deal` is the one `reading` reports, or null when it is not. */
export function whyReadingMatches(reading: DealReading, deal: Deal, fx: FxTable | null): string | null {
  return matchOf(reading, deal, fx)?.why ?? null;
}

/** The cached deal each reading reports, best first: amount agreement over kind, then the newest. */
export function matchReadings(
  readings: readonly DealReading[],
  deals: readonly Deal[],
  fx: FxTable | null,
): Map<string, ReadingMatch> {
  const out = new Map<string, ReadingMatch>();
  for (const reading of readings) {
    let best: (ReadingMatch & { amount: boolean }) | null = null;
    for (const deal of deals) {
      const match = matchOf(reading, deal, fx);
      if (!match) continue;
      const better =
        !best ||
        (match.amount && !best.amount) ||
        (match.amount === best.amount && deal.announced > best.deal.announced);
      if (better) best = { deal, readingId: reading.id, ...match };
    }
    if (best) out.set(reading.id, { deal: best.deal, readingId: best.readingId, why: best.why });
  }
  return out;
}
