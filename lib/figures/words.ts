// The one module of words for money, periods, terms and deals: the tooltip, the popup's cards, the CLI
// and feed proposals say "$600M a year for 4 years = $2.4B" the same way. Pure; numbers through format.ts.
import { formatCount, formatMoney, formatWatts } from './format';
import { totalOverTerm, type Period } from './period';
import type { DealKind } from '../feed/types';

/** Deal kinds in words (keys are lib/reading's and the feed's DealKind): the one table the tooltip,
 *  popup cards, explorer and feed proposals read. */
export const KIND_WORDS: Record<DealKind, string> = {
  'compute-lease': 'compute lease',
  'cloud-contract': 'cloud contract',
  'chip-supply': 'chip supply',
  investment: 'investment',
  'funding-round': 'funding round',
  acquisition: 'acquisition',
  'joint-venture': 'joint venture',
  capex: 'capital spending',
  power: 'power agreement',
};

const PERIOD_WORDS: Record<Period, string> = { 'one-time': '', month: 'a month', quarter: 'a quarter', year: 'a year' };

/** Money as a reader writes it: "$2.4B", "$15B", "€600M" (the formatter writes a trailing zero only
 *  where rounding put it). */
export function moneyWords(amount: number, currency = 'USD'): string {
  return formatMoney(amount, currency);
}

/** One range style: "$2.9B–$7.3B"; a single amount when there is no upper end. */
export function moneyRangeWords(low: number, high: number | undefined, currency = 'USD'): string {
  return high === undefined || high === low
    ? moneyWords(low, currency)
    : `${moneyWords(low, currency)}–${moneyWords(high, currency)}`;
}

/** "a year", "a month"; '' for a one-time sum. */
export function periodWords(period: Period): string {
  return PERIOD_WORDS[period];
}

/** 48 → "4 years", 12 → "1 year", 18 → "18 months". */
export function termWords(months: number): string {
  if (months % 12 === 0) return `${formatCount(months / 12)} year${months === 12 ? '' : 's'}`;
  return `${formatCount(months)} month${months === 1 ? '' : 's'}`;
}

export interface MoneyTerms {
  currency: string;
  amount?: number;
  amountHigh?: number;
  period: Period;
  termMonths?: number;
}

/** "$600M a year for 4 years = $2.4B", "$2.4B over 4 years", "$2.9B–$7.3B"; '' without an amount. */
export function moneyTermsWords(m: MoneyTerms): string {
  if (m.amount === undefined) return '';
  const value = moneyRangeWords(m.amount, m.amountHigh, m.currency);
  if (m.period === 'one-time') return m.termMonths ? `${value} over ${termWords(m.termMonths)}` : value;
  const rate = `${value} ${periodWords(m.period)}`;
  if (!m.termMonths) return rate;
  const total = totalOverTerm(m.amount, m.period, m.termMonths);
  const high =
    m.amountHigh === undefined ? undefined : (totalOverTerm(m.amountHigh, m.period, m.termMonths) ?? undefined);
  return `${rate} for ${termWords(m.termMonths)}${total === null ? '' : ` = ${moneyRangeWords(total, high, m.currency)}`}`;
}

/** A deal reading's shape, as far as words need it (lib/reading/types.ts DealReading fits it). */
export interface ReadingForWords {
  kind: DealKind;
  parties: readonly { name: string; role: string }[];
  money: MoneyTerms | null;
  gpus: { count: number; model: string | null } | null;
  powerWatts: number | null;
  status: string;
}

const namesOf = (parties: ReadingForWords['parties'], role: string) =>
  parties.filter((p) => p.role === role).map((p) => p.name);

/** "Ardent (investor)", "Ardent and Cobalt (investors)". */
const named = (parties: ReadingForWords['parties'], role: string) => {
  const names = namesOf(parties, role);
  return names.length ? `${names.join(' and ')} (${role}${names.length > 1 ? 's' : ''})` : '';
};

/** The verb agreeing with its subject: "pays" / "pay". */
const verb = (parties: ReadingForWords['parties'], role: string, singular: string, plural: string) =>
  namesOf(parties, role).length > 1 ? plural : singular;

/** Who does what to whom, with the money in its place. */
function clause(r: ReadingForWords, money: string): string {
  const by = (role: string) => named(r.parties, role);
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  if (by('acquirer') || by('target'))
    return join(
      by('acquirer'),
      by('acquirer') ? verb(r.parties, 'acquirer', 'buys', 'buy') : '',
      by('target'),
      by('seller') ? `from ${by('seller')}` : '',
      money ? `for ${money}` : '',
    );
  if (by('investor') || by('investee')) {
    if (!by('investor')) return join(by('investee'), 'raises', money);
    return join(
      by('investor'),
      verb(r.parties, 'investor', 'invests', 'invest'),
      money,
      by('investee') ? `in ${by('investee')}` : '',
    );
  }
  if (by('buyer') && by('seller'))
    return join(by('buyer'), verb(r.parties, 'buyer', 'pays', 'pay'), by('seller'), money);
  if (by('buyer') || by('seller')) return join(by('buyer') || by('seller'), money);
  const partners = r.parties.map((p) => p.name);
  return join(partners.length ? `${partners.join(' and ')} (partners)` : '', money);
}

/** "Vantor AI (buyer) pays Borealis Compute (seller) $600M a year for 4 years = $2.4B · 24,000 B200 ·
 *  compute lease · confirmed". */
export function readingWords(r: ReadingForWords): string {
  const parts = [clause(r, r.money ? moneyTermsWords(r.money) : '')];
  if (r.gpus) parts.push(`${formatCount(r.gpus.count)} ${r.gpus.model ?? 'GPUs'}`);
  if (r.powerWatts) parts.push(formatWatts(r.powerWatts));
  parts.push(KIND_WORDS[r.kind], r.status);
  return parts.filter(Boolean).join(' · ');
}
