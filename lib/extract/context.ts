// What the words around an amount say about it: an adjacent rate ("per month", "annually",
// "annual run rate"), an annual noun phrase before it ("annual contract value of"), and the term
// of the same amount ("over five years", "a five-year, $300 billion contract"). Bounded look-around.
import type { Period } from './types';
import type { Token } from './tokens';
import { readNumber } from './numbers';
import { wordTable } from '../util/word-table';
import { lowerText, touching } from './tokens';

interface RateRead {
  period: Period;
  /** Token index after the qualifier when it belongs in the span, else the index it started at. */
  to: number;
}

const RATE_WORDS = wordTable<Period>({
  monthly: 'month',
  quarterly: 'quarter',
  annually: 'year',
  yearly: 'year',
  annualized: 'year',
  annualised: 'year',
});
const PER_UNIT = wordTable<Period>({
  month: 'month',
  mo: 'month',
  mth: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  q: 'quarter',
  year: 'year',
  yr: 'year',
  y: 'year',
  annum: 'year',
  annually: 'year',
});
/** Words after "a year" that make it a time reference, not a rate ("a year ago"). */
const NOT_RATE_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'prior']);
/** "a year from now" is a time reference; "a quarter from smaller customers" is a rate. */
const FROM_TIME = new Set(['now', 'today', 'then', 'that', 'this', 'last', 'next']);

function timeReferenceAt(tokens: Token[], k: number): boolean {
  const w = lower(tokens, k);
  return NOT_RATE_AFTER.has(w) || (w === 'from' && FROM_TIME.has(lower(tokens, k + 1)));
}

function lower(tokens: Token[], i: number): string {
  return lowerText(tokens[i]?.text) ?? '';
}

/** An explicit rate right after an amount (token i is the first token after it). */
export function readRate(tokens: Token[], i: number): RateRead | null {
  // "£1bn-a-year": the hyphenated form of "a year".
  if (
    tokens[i]?.text === '-' &&
    touching(tokens[i - 1], tokens[i]) &&
    lower(tokens, i + 1) === 'a' &&
    tokens[i + 2]?.text === '-'
  ) {
    const unit = PER_UNIT.get(lower(tokens, i + 3));
    if (unit && lower(tokens, i + 3) !== 'q' && lower(tokens, i + 3) !== 'y') return { period: unit, to: i + 4 };
  }
  const first = lower(tokens, i);
  if (!first || tokens[i].sentence !== tokens[i - 1]?.sentence) return null;
  if (first === '/') {
    const unit = PER_UNIT.get(lower(tokens, i + 1));
    return unit ? { period: unit, to: i + 2 } : null;
  }
  const rate = RATE_WORDS.get(first);
  if (rate) return { period: rate, to: i + 1 };
  if (first === 'per' || first === 'a' || first === 'an' || first === 'each' || first === 'every') {
    const unit = lower(tokens, i + 1);
    if (unit === 'annum' || unit === 'month' || unit === 'quarter' || unit === 'year') {
      if (first !== 'per' && timeReferenceAt(tokens, i + 2)) return null;
      return { period: PER_UNIT.get(unit)!, to: i + 2 };
    }
    return null;
  }
  // "$15 billion annual run rate", "annualized revenue run rate"
  if ((first === 'annual' || first === 'annualized' || first === 'annualised') && lower(tokens, i + 1) === 'run') {
    let to = i + 2;
    if (tokens[to]?.text === '-') to++;
    if (lower(tokens, to) === 'rate') return { period: 'year', to: to + 1 };
  }
  if (first === 'run' && lower(tokens, i + 1) === 'rate') return { period: 'year', to: i + 2 };
  if (first === 'arr' && tokens[i].text === 'ARR') return { period: 'year', to: i + 1 };
  // "$2.1 billion of contracted revenue per year": a rate after a short noun phrase (not in the span).
  if (first === 'of' || first === 'in') {
    for (
      let k = i + 1;
      k < i + 6 && (tokens[k]?.kind === 'word' || tokens[k]?.text === '-') && tokens[k].sentence === tokens[i].sentence;
      k++
    ) {
      const w = lower(tokens, k);
      if (w === 'per' || w === 'a' || w === 'each' || w === 'every') {
        const unit = lower(tokens, k + 1);
        if (unit === 'year' || unit === 'month' || unit === 'quarter' || unit === 'annum') {
          if (w !== 'per' && timeReferenceAt(tokens, k + 2)) return null;
          return { period: PER_UNIT.get(unit)!, to: i };
        }
      }
      if (RATE_WORDS.get(w) || w === 'annual') return { period: RATE_WORDS.get(w) ?? 'year', to: i };
      if (w === 'rate' && (lower(tokens, k - 1) === 'run' || lower(tokens, k - 2) === 'run'))
        return { period: 'year', to: i };
    }
  }
  // "in annual revenue": a rate, but the phrase is not adjacent, so it stays out of the span.
  if (first === 'in' && (lower(tokens, i + 1) === 'annual' || lower(tokens, i + 1) === 'annualized'))
    return { period: 'year', to: i };
  return null;
}

const LOOKBACK_RATE = wordTable<Period>({ annual: 'year', annualized: 'year', yearly: 'year', monthly: 'month' });
const LOOKBACK_STOP = new Set(['and', 'but', 'while', 'with', 'from', 'after', 'since', 'than', 'plus']);

/** "annual contract value of €300 million": an annual noun phrase shortly before the amount. */
export function rateBefore(tokens: Token[], amountStart: number): Period | null {
  const sentence = tokens[amountStart]?.sentence;
  for (let j = amountStart - 1, k = 0; j >= 0 && k < 6; j--, k++) {
    const t = tokens[j];
    if (t.sentence !== sentence || t.kind === 'num' || t.text === ',' || t.text === ';' || t.text === '(') return null;
    const w = lowerText(t.text);
    if (LOOKBACK_STOP.has(w)) return null;
    const rate = LOOKBACK_RATE.get(w);
    if (rate) return rate;
    // "run-rate revenue passed $5 billion", "its run rate reached"
    if (
      w === 'rate' &&
      (lower(tokens, j - 1) === 'run' || (tokens[j - 1]?.text === '-' && lower(tokens, j - 2) === 'run'))
    )
      return 'year';
  }
  return null;
}

const DURATION_UNITS = wordTable({ year: 12, years: 12, month: 1, months: 1, decade: 120, decades: 120 });
const TERM_LEADS = new Set(['over', 'across', 'for', 'spanning', 'during', 'within']);
const TERM_FILLERS = new Set([
  'the',
  'a',
  'an',
  'next',
  'roughly',
  'about',
  'approximately',
  'around',
  'nearly',
  'some',
  'coming',
  'following',
  'its',
  'first',
  'initial',
  'period',
  'of',
]);

/** "five-year", "10-year", "five year": months, reading forward from token i. */
function readDuration(tokens: Token[], i: number): { months: number; to: number } | null {
  const w = lower(tokens, i);
  if (w === 'decade' || w === 'decades') return { months: 120, to: i + 1 };
  const n = readNumber(tokens, i, true);
  if (!n || n.value <= 0 || n.value > 100) return null;
  let j = n.to;
  if (tokens[j]?.text === '-') j++;
  const unit = DURATION_UNITS.get(lower(tokens, j));
  if (!unit) return null;
  return { months: Math.round(n.value * unit), to: j + 1 };
}

/**
 * A term phrase after the amount in the same sentence ("over the next four years", "over a
 * roughly five-year period"), scanning at most `limit` tokens and stopping at `stop`.
 */
export function termAfter(tokens: Token[], from: number, stop: number, limit = 30): number | null {
  const sentence = tokens[from - 1]?.sentence;
  const end = Math.min(stop, from + limit, tokens.length);
  for (let i = from; i < end; i++) {
    if (tokens[i].sentence !== sentence) return null;
    if (!TERM_LEADS.has(lower(tokens, i))) continue;
    let j = i + 1;
    while (j < end && TERM_FILLERS.has(lower(tokens, j)) && lower(tokens, j) !== 'period') j++;
    const d = readDuration(tokens, j);
    if (d) {
      // "over the next five years" but not "over 5 years old" nor "for 20 years of experience"
      const after = lower(tokens, d.to);
      if (after !== 'old' && after !== 'of' && after !== 'ago') return d.months;
    }
  }
  return null;
}

/** "$300 billion, five-year contract": an adjective duration right after the amount. */
export function termRightAfter(tokens: Token[], from: number): number | null {
  let j = from;
  if (tokens[j]?.text === ',') j++;
  const d = readDuration(tokens, j);
  if (!d) return null;
  // only the adjective form ("five-year deal"), which has a hyphen and is followed by a noun
  const hyphen = tokens.slice(j, d.to).some((t) => t.text === '-');
  return hyphen && tokens[d.to]?.kind === 'word' ? d.months : null;
}

/** "a five-year, $300 billion contract": an adjective duration right before the amount. */
export function termBefore(tokens: Token[], amountStart: number): number | null {
  let j = amountStart - 1;
  if (tokens[j]?.text === ',') j--;
  const unit = lower(tokens, j);
  if (unit !== 'year' && unit !== 'month' && unit !== 'decade') return null;
  if (unit === 'decade') return tokens[j - 1]?.text === '-' || lower(tokens, j - 1) === 'a' ? 120 : null;
  if (tokens[j - 1]?.text !== '-') return null;
  for (let k = j - 2; k >= Math.max(0, j - 4); k--) {
    const d = readDuration(tokens, k);
    if (d && d.to === j + 1) return d.months;
  }
  return null;
}
