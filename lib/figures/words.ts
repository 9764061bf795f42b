// The one module of words for money, periods, terms and deals: the tooltip, the popup's cards, the CLI
// and feed proposals say "$600M a year for 4 years = $2.4B" the same way, in the interface's language
// (lib/i18n: every phrase is a message with its slots, so each language keeps its own word order).
// Pure; numbers through format.ts.
import { formatCount, formatMoney, formatWatts } from './format';
import { totalOverTerm, type Period } from './period';
import type { DealKind, PartyRole } from '../feed/types';
import { messageTable, plural, t, uiLanguage, type MessageKey } from '../i18n';

/** Deal kinds in words (keys are lib/reading's and the feed's DealKind): the one table the tooltip,
 *  popup cards, explorer and feed proposals read. */
export const KIND_WORDS = messageTable<DealKind>({
  'compute-lease': 'dealKindComputeLease',
  'cloud-contract': 'dealKindCloudContract',
  'chip-supply': 'dealKindChipSupply',
  investment: 'dealKindInvestment',
  'funding-round': 'dealKindFundingRound',
  acquisition: 'dealKindAcquisition',
  'joint-venture': 'dealKindJointVenture',
  capex: 'dealKindCapex',
  power: 'dealKindPower',
});

/** A deal's status in words ("confirmed", "bestätigt"). */
export const STATUS_WORDS = messageTable<'confirmed' | 'reported' | 'rumored'>({
  confirmed: 'dealStatusConfirmed',
  reported: 'dealStatusReported',
  rumored: 'dealStatusRumored',
});

/** A status in words; one the table does not know is shown as it is. */
export const statusWords = (status: string): string =>
  status in STATUS_WORDS ? STATUS_WORDS[status as keyof typeof STATUS_WORDS] : status;

const ROLE_KEYS = {
  buyer: 'wordsRoleBuyer',
  seller: 'wordsRoleSeller',
  investor: 'wordsRoleInvestor',
  investee: 'wordsRoleInvestee',
  acquirer: 'wordsRoleAcquirer',
  target: 'wordsRoleTarget',
  partner: 'wordsRolePartner',
} as const satisfies Record<PartyRole, string>;

/** A party's role in words, in the number of names it stands for ("investor", "investors"). */
export function roleWords(role: string, count = 1): string {
  return role in ROLE_KEYS ? plural(ROLE_KEYS[role as PartyRole], count) : role;
}

/** Names as the language lists them: "A and B", "A, B und C", "AとB". */
function listWords(names: readonly string[]): string {
  try {
    return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** "Ardent (investor)", "Ardent and Cobalt (investors)"; '' without names. */
export function partyWords(names: readonly string[], role: string): string {
  return names.length ? t('wordsParty', listWords(names), roleWords(role, names.length)) : '';
}

const RATE: Record<Exclude<Period, 'one-time'>, MessageKey> = {
  month: 'wordsRateMonth',
  quarter: 'wordsRateQuarter',
  year: 'wordsRateYear',
};

/** "$50M a month"; a one-time sum as it is. */
export function rateWords(value: string, period: Period): string {
  return period === 'one-time' ? value : t(RATE[period], value);
}

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

/** 48 → "4 years", 12 → "1 year", 18 → "18 months". */
export function termWords(months: number): string {
  return months % 12 === 0 ? plural('wordsYears', months / 12) : plural('wordsMonths', months);
}

/** "$600M a year for 4 years"; a one-time sum "for 5 years" too (a deal's stated term). */
export const forTermWords = (value: string, months: number): string => t('wordsForTerm', value, termWords(months));

interface MoneyTerms {
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
  if (m.period === 'one-time') return m.termMonths ? t('wordsOverTerm', value, termWords(m.termMonths)) : value;
  const rate = rateWords(value, m.period);
  if (!m.termMonths) return rate;
  const total = totalOverTerm(m.amount, m.period, m.termMonths);
  const high =
    m.amountHigh === undefined ? undefined : (totalOverTerm(m.amountHigh, m.period, m.termMonths) ?? undefined);
  const term = forTermWords(rate, m.termMonths);
  return total === null ? term : `${term} = ${moneyRangeWords(total, high, m.currency)}`;
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

/** Spaces of empty slots closed up (a message names every slot, a reading fills some), and the
 *  zero-width spaces that keep slots apart in messages ("$3\u200b$4": "$3$" is a named placeholder
 *  to the browsers) dropped. */
const tidy = (s: string) =>
  s
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** A slot's phrase ("from $1", "in $1"), or '' when the slot is empty. */
const slot = (key: MessageKey, value: string) => (value ? t(key, value) : '');

/** Who does what to whom, with the money in its place. Verbs agree with their subject ("pays",
 *  "pay": the message's one/other forms by the number of names). Empty slots leave spaces: tidy. */
function clause(r: ReadingForWords, money: string): string {
  const namesOf = (role: string) => r.parties.filter((p) => p.role === role).map((p) => p.name);
  const by = (role: string) => partyWords(namesOf(role), role);
  const n = (role: string) => namesOf(role).length;
  const target = slot('wordsObject', by('target'));
  const [from, forMoney, what] = [slot('wordsFrom', by('seller')), slot('wordsFor', money), slot('wordsObject', money)];
  if (by('acquirer')) return plural('wordsBuys', n('acquirer'), by('acquirer'), target, from, forMoney);
  if (by('target')) return t('wordsAcquired', target, from, forMoney);
  if (by('investor'))
    return plural('wordsInvests', n('investor'), by('investor'), what, slot('wordsIn', by('investee')));
  if (by('investee')) return t('wordsRaises', by('investee'), what);
  if (by('buyer') && by('seller')) return plural('wordsPays', n('buyer'), by('buyer'), by('seller'), what);
  const partners = partyWords(
    r.parties.map((p) => p.name),
    'partner',
  );
  return `${by('buyer') || by('seller') || partners} ${money}`;
}

/** "24,000 B200"; "24,000 GPUs" when the reading names no model. */
const gpuWords = (g: { count: number; model: string | null }) =>
  g.model ? `${formatCount(g.count)} ${g.model}` : plural('wordsGpus', g.count);

/** "Vantor AI (buyer) pays Borealis Compute (seller) $600M a year for 4 years = $2.4B · 24,000 B200 ·
 *  compute lease · confirmed". */
export function readingWords(r: ReadingForWords): string {
  const parts = [tidy(clause(r, r.money ? moneyTermsWords(r.money) : ''))];
  if (r.gpus) parts.push(gpuWords(r.gpus));
  if (r.powerWatts) parts.push(formatWatts(r.powerWatts));
  parts.push(KIND_WORDS[r.kind], statusWords(r.status));
  return parts.filter(Boolean).join(' · ');
}
