// Money: a currency mark or word, a number, a scale, an optional "+", range, rate and term.
import type { MoneyMention } from './types';
import type { Token } from './tokens';
import { lowerText, touching } from './tokens';
import { wordTable } from '../util/word-table';
import { readCurrencyPrefix, readCurrencySuffix } from './currency';
import { readNumber, readScale, isSpelledScale, VAGUE_QUANTITIES } from './numbers';
import { rateBefore, readRate, termAfter, termBefore, termRightAfter } from './context';

const RANGE_DASHES = new Set(['-', '–', '—']);
const YEAR = /^(?:19|20)\d\d$/;

interface Amount {
  from: number;
  to: number;
  value: number;
  scaled: boolean;
  currency: string | null;
}

/** [currency mark] number [scale]: "$1.25 billion", "US$216bn", "€30", "1.7 billion". */
function readAmount(tokens: Token[], i: number, words: boolean, lettersAllowed = false): Amount | null {
  const mark = readCurrencyPrefix(tokens, i);
  let j = mark ? mark.to : i;
  if (mark && tokens[j] && tokens[j].start - tokens[j - 1].end > 1) return null;
  const n = readNumber(tokens, j, words && !mark);
  if (!n || (n.words && mark)) return null;
  j = n.to;
  // "$10-billion deal": a hyphen between the number and a spelled scale.
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j]) && isSpelledScale(tokens[j + 1]?.text ?? '')) j++;
  const scale = readScale(tokens, j, !!mark || lettersAllowed);
  if (scale.multiplier === 1 && n.words && n.value < 2) return null; // "a", "half a" need a scale
  const value = n.value * scale.multiplier;
  if (!Number.isFinite(value)) return null;
  return {
    from: mark ? mark.from : n.from,
    to: scale.to,
    value,
    scaled: scale.multiplier !== 1,
    currency: mark?.currency ?? null,
  };
}

/** The upper end of a range after `low`: "-13 billion", "to $2.7 billion", "and $135 billion". */
function readHigh(tokens: Token[], low: Amount, between: boolean): Amount | null {
  const sep = tokens[low.to];
  if (!sep) return null;
  const word = lowerText(sep.text);
  const dash = RANGE_DASHES.has(sep.text);
  if (!(dash || (between ? word === 'and' : word === 'to'))) return null;
  if (dash && sep.start - tokens[low.to - 1].end > 1) return null;
  const high = readAmount(tokens, low.to + 1, false, low.currency !== null);
  if (!high) return null;
  if (high.currency && low.currency && high.currency !== low.currency) return null;
  // "$5 billion to 10 firms" is no range; "5 to 7 billion dollars" is (the currency word follows).
  // "30,000 to 70,000 dollars": plain digits at both ends, the high end above the low one, a currency word after.
  const plainRange = !high.scaled && low.value < high.value && tokens[low.from].kind === 'num';
  if (
    !dash &&
    !high.currency &&
    !between &&
    !(!low.currency && !low.scaled && (high.scaled || plainRange) && readCurrencySuffix(tokens, high.to))
  )
    return null;
  if (low.scaled && !high.scaled && !high.currency) return null;
  return high;
}

function rangeParts(tokens: Token[], low: Amount, between: boolean) {
  const high = readHigh(tokens, low, between);
  const none = { lowValue: low.value, high: null as Amount | null, to: low.to };
  // "in 2023 to $8 billion": a year is never the low end of an amount.
  if (!high || (!low.currency && !low.scaled && high.currency && YEAR.test(tokens[low.from].text))) return none;
  // "$10-13 billion": the low end borrows the scale of the high end.
  const borrow = !low.scaled && high.scaled;
  const lowValue = borrow ? low.value * scaleOfAmount(tokens, high) : low.value;
  // "fell from $5 billion to $500 million": two amounts, never a range whose high end is below its low end.
  if (high.value < lowValue) return none;
  return { lowValue, high, to: high.to };
}

function scaleOfAmount(tokens: Token[], a: Amount): number {
  for (let k = a.from; k < a.to; k++) {
    if (tokens[k].kind === 'num') {
      const digits = Number(tokens[k].text.replace(/,/g, ''));
      return digits > 0 ? a.value / digits : 1;
    }
  }
  return 1;
}

/** Money mentions starting at token i, or null. `next` is where scanning should resume. */
export function readMoney(tokens: Token[], text: string, i: number): { mention: MoneyMention; next: number } | null {
  let low = readAmount(tokens, i, true);
  if (!low) return null;
  const between = lowerText(tokens[i - 1]?.text) === 'between';
  if (!low.currency && !low.scaled) {
    // "5bn dollars": a letter scale is safe when a currency word follows it.
    const lettered = readAmount(tokens, i, true, true);
    if (lettered?.scaled && readCurrencySuffix(tokens, lettered.to)) low = lettered;
  }
  const { lowValue, high, to: amountEnd } = rangeParts(tokens, low, between);
  let to = amountEnd;
  let currency = high?.currency ?? low.currency;
  const suffix = readCurrencySuffix(tokens, to);
  if (!currency) {
    // Without a mark, only a currency word makes a number money ("100 billion yen").
    if (!suffix || tokens[to].sentence !== tokens[to - 1].sentence) return null;
    if (!low.scaled && !high?.scaled && low.value < 1) return null;
    currency = suffix.currency;
    to = suffix.to;
  } else if (suffix && suffix.currency === currency && tokens[to].start - tokens[to - 1].end <= 1) {
    to = suffix.to;
  }
  if (tokens[to]?.text === '+' && touching(tokens[to - 1], tokens[to])) to++;
  // "$100bn-plus"
  else if (tokens[to]?.text === '-' && tokens[to + 1]?.text === 'plus' && touching(tokens[to - 1], tokens[to])) to += 2;
  if (lowerText(tokens[to]?.text) === 'per' && lowerText(tokens[to + 1]?.text) === 'share') {
    return { mention: build(text, tokens, low.from, to, currency, lowValue, high?.value, 'one-time'), next: to };
  }
  const rate = readRate(tokens, to);
  const period = rate?.period ?? rateBefore(tokens, low.from) ?? 'one-time';
  if (rate) to = rate.to;
  const mention = build(text, tokens, low.from, to, currency, lowValue, high?.value, period);
  const term = termBefore(tokens, low.from);
  if (term) mention.termMonths = term;
  return { mention, next: to };
}

function build(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  currency: string,
  amount: number,
  amountHigh: number | undefined,
  period: MoneyMention['period'],
): MoneyMention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const m: MoneyMention = { type: 'money', text: text.slice(start, end), start, end, currency, amount, period };
  if (amountHigh !== undefined && amountHigh !== amount) m.amountHigh = amountHigh;
  return m;
}

/** Words that may follow an amount whose currency is implied: "a further 50 billion in grants". */
const BARE_FOLLOWERS = new Set([
  'in',
  'for',
  'to',
  'from',
  'over',
  'into',
  'worth',
  'on',
  'this',
  'last',
  'next',
  'by',
  'as',
  'of',
  'investment',
  'investments',
  'funding',
]);

/**
 * "Paris pledged €20 billion and Berlin 50 billion": a scaled number with no currency of its own
 * takes the currency of a money mention in the same or the previous sentence.
 */
export function readImpliedMoney(
  tokens: Token[],
  text: string,
  i: number,
  currency: string,
): { mention: MoneyMention; next: number } | null {
  if (tokens[i].kind !== 'num') return null;
  const low = readAmount(tokens, i, false);
  if (!low || low.currency || !low.scaled || !isSpelledScale(tokens[low.to - 1].text)) return null;
  const { lowValue, high, to } = rangeParts(tokens, low, lowerText(tokens[i - 1]?.text) === 'between');
  const next = tokens[to];
  const ok =
    !next ||
    next.sentence !== tokens[to - 1].sentence ||
    (next.kind === 'punct' && ',.;:)'.includes(next.text)) ||
    BARE_FOLLOWERS.has(lowerText(next.text));
  if (
    !ok ||
    (lowerText(next?.text) === 'of' &&
      !/^(investment|funding|capital|spending|financing|debt|loans?|grants?|subsidies)$/i.test(
        tokens[to + 1]?.text ?? '',
      ))
  )
    return null;
  return { mention: build(text, tokens, low.from, to, currency, lowValue, high?.value, 'one-time'), next: to };
}

/** Attach terms found after amounts ("over the next four years") to the nearest amount before. */
export function attachTerms(tokens: Token[], found: { mention: MoneyMention; next: number; from: number }[]): void {
  for (let k = 0; k < found.length; k++) {
    const stop = k + 1 < found.length ? found[k + 1].from : tokens.length;
    const months = termRightAfter(tokens, found[k].next) ?? termAfter(tokens, found[k].next, stop);
    if (!months) continue;
    found[k].mention.termMonths ??= months;
    // "€200bn (US$216bn) over the next decade": the converted figure shares the term.
    const prev = found[k - 1];
    if (prev && tokens[found[k].from - 1]?.text === '(' && prev.next === found[k].from - 1)
      prev.mention.termMonths ??= months;
  }
}

/** Words before "from" that compare an amount with the one before: "up from", "rose from". */
const COMPARISON_FIRST = new Set([
  'up',
  'down',
  'rising',
  'falling',
  'compared',
  'comparison',
  'rose',
  'fell',
  'grew',
  'climbed',
  'jumped',
]);

/**
 * "an annual run rate of $310 million, up from $95 million a year earlier": an amount compared with
 * a rate in the same sentence is the same kind of figure, so it takes that rate.
 */
export function inheritComparedPeriods(
  tokens: Token[],
  found: { mention: MoneyMention; next: number; from: number }[],
): void {
  for (let k = 1; k < found.length; k++) {
    const cur = found[k],
      prev = found[k - 1];
    if (cur.mention.period !== 'one-time' || prev.mention.period === 'one-time' || cur.mention.vague) continue;
    if (tokens[cur.from].sentence !== tokens[prev.from].sentence || cur.from - prev.next > 6) continue;
    const lead = lowerText(tokens[cur.from - 1]?.text) ?? '';
    const before = lowerText(tokens[cur.from - 2]?.text) ?? '';
    const compared =
      (lead === 'from' && COMPARISON_FIRST.has(before)) ||
      lead === 'versus' ||
      lead === 'vs' ||
      (lead === 'with' && before === 'compared') ||
      (lead === 'to' && before === 'compared');
    if (compared) cur.mention.period = prev.mention.period;
  }
}

const VAGUE_CURRENCY_WORDS = wordTable({
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  pound: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
});

/** "tens of billions of dollars", "multibillion-dollar": money without an amount. */
export function readVagueMoney(
  tokens: Token[],
  text: string,
  i: number,
): { mention: MoneyMention; next: number } | null {
  const w = lowerText(tokens[i].text);
  let j = i;
  if (w === 'multibillion' || w === 'multimillion' || w === 'multi') {
    j = w === 'multi' ? (tokens[i + 1]?.text === '-' ? i + 2 : i + 1) : i;
    if (w === 'multi' && !['billion', 'million', 'trillion'].includes(lowerText(tokens[j]?.text) ?? '')) return null;
    j++;
    if (tokens[j]?.text === '-') j++;
    const cur = VAGUE_CURRENCY_WORDS.get(lowerText(tokens[j]?.text) ?? '');
    if (!cur) return null;
    return { mention: vague(text, tokens, i, j + 1, cur), next: j + 1 };
  }
  if (!VAGUE_QUANTITIES.has(w)) return null;
  // hundreds of thousands of / tens of billions of ... dollars
  for (let k = 0; k < 3; k++) {
    if (lowerText(tokens[j + 1]?.text) !== 'of') return null;
    const cur = VAGUE_CURRENCY_WORDS.get(lowerText(tokens[j + 2]?.text) ?? '');
    if (cur && ['millions', 'billions', 'trillions'].includes(lowerText(tokens[j].text))) {
      return { mention: vague(text, tokens, i, j + 3, cur), next: j + 3 };
    }
    if (!VAGUE_QUANTITIES.has(lowerText(tokens[j + 2]?.text) ?? '')) return null;
    j += 2;
  }
  return null;
}

function vague(text: string, tokens: Token[], from: number, to: number, currency: string): MoneyMention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { type: 'money', text: text.slice(start, end), start, end, currency, period: 'one-time', vague: true };
}
