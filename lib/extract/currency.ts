// Currency marks before an amount ("$", "US$", "€", "EUR", "Rs.") and currency words after it
// ("dollars", "yen", "crore rupees"), mapped to ISO 4217 codes.
import type { Token } from './tokens';
import { lowerText, touching } from './tokens';
import { wordTable } from '../util/word-table';

const SYMBOLS = wordTable({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  元: 'CNY',
});

/** Letters written against "$": "US$", "A$", "HK$". */
const DOLLAR_PREFIXES = wordTable({
  US: 'USD',
  U: 'USD',
  A: 'AUD',
  AU: 'AUD',
  C: 'CAD',
  CA: 'CAD',
  S: 'SGD',
  SG: 'SGD',
  HK: 'HKD',
  NT: 'TWD',
  R: 'BRL',
  MX: 'MXN',
  NZ: 'NZD',
  AR: 'ARS',
});

const ISO_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'KRW',
  'CAD',
  'AUD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'SAR',
  'AED',
  'QAR',
  'SGD',
  'HKD',
  'TWD',
  'BRL',
  'MXN',
  'ARS',
  'ILS',
  'NZD',
  'ZAR',
  'TRY',
  'PLN',
  'IDR',
  'MYR',
  'THB',
  'VND',
  'KWD',
]);
const CODE_ALIASES = wordTable({ RMB: 'CNY', Rs: 'INR', INR: 'INR', Rmb: 'CNY' });

/** Currency words after an amount. Keys are lower-case. */
const WORDS = wordTable({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  won: 'KRW',
  franc: 'CHF',
  francs: 'CHF',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  kronor: 'SEK',
  krona: 'SEK',
  kroner: 'NOK',
  krone: 'NOK',
  shekel: 'ILS',
  shekels: 'ILS',
  ringgit: 'MYR',
  rupiah: 'IDR',
  baht: 'THB',
  real: 'BRL',
  reais: 'BRL',
});
/** Nationality after the dollar word, as Romance languages write it ("dollars canadiens", "dólares australianos"). */
const NATIONS_AFTER_DOLLARS = wordTable({
  canadien: 'CAD',
  canadiens: 'CAD',
  canadiense: 'CAD',
  canadienses: 'CAD',
  canadense: 'CAD',
  canadenses: 'CAD',
  canadese: 'CAD',
  canadesi: 'CAD',
  australien: 'AUD',
  australiens: 'AUD',
  australiano: 'AUD',
  australianos: 'AUD',
  australiani: 'AUD',
  américains: 'USD',
  americanos: 'USD',
  americani: 'USD',
  estadounidenses: 'USD',
  singapouriens: 'SGD',
  taïwanais: 'TWD',
});
/** Nationality before "dollars" ("Australian dollars"). */
const DOLLAR_NATIONS = wordTable({
  us: 'USD',
  u: 'USD',
  american: 'USD',
  australian: 'AUD',
  canadian: 'CAD',
  singapore: 'SGD',
  taiwan: 'TWD',
  hong: 'HKD',
  new: 'TWD',
  zealand: 'NZD',
});

/** Function words that may follow a currency word, so "won" before them is the currency. */
const AFTER_CURRENCY_WORD = new Set([
  'and',
  'or',
  'in',
  'for',
  'to',
  'from',
  'of',
  'on',
  'at',
  'by',
  'with',
  'over',
  'this',
  'last',
  'next',
  'worth',
  'as',
  'per',
  'a',
  'an',
  'each',
  'annually',
  'monthly',
  'last',
  'versus',
  'vs',
]);

interface CurrencyRead {
  currency: string;
  from: number;
  /** Index of the token after the mark. */
  to: number;
}

/** A currency mark at token i, immediately before a number (at most one space between). */
export function readCurrencyPrefix(tokens: Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'punct') {
    const code = SYMBOLS.get(t.text);
    return code ? { currency: code, from: i, to: i + 1 } : null;
  }
  if (t.kind !== 'word') return null;
  const next = tokens[i + 1];
  const dollar = next?.text === '$' && touching(t, next) ? DOLLAR_PREFIXES.get(t.text) : undefined;
  if (dollar) return { currency: dollar, from: i, to: i + 2 };
  if (ISO_CODES.has(t.text) || CODE_ALIASES.get(t.text)) {
    let to = i + 1;
    // "Rs." and "Rs 500"
    if (t.text === 'Rs' && tokens[to]?.text === '.' && touching(t, tokens[to])) to++;
    const after = tokens[to];
    if (after && (after.kind === 'num' || SYMBOLS.get(after.text)) && after.start - tokens[to - 1].end <= 1) {
      return { currency: CODE_ALIASES.get(t.text) ?? t.text, from: i, to };
    }
  }
  return null;
}

/** A currency word or code after an amount: "billion dollars", "100 billion yen", "5bn USD". */
export function readCurrencySuffix(tokens: Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const lower = lowerText(t.text);
  const word = WORDS.get(lower);
  if (word) {
    if (lower === 'won' || lower === 'real') {
      // "won" and "real" are also English words: accept only before a clear boundary or a word that
      // cannot be the verb's object ("1.2 trillion won and ...", "5 trillion won in orders").
      const next = tokens[i + 1];
      if (
        next &&
        next.kind === 'word' &&
        next.sentence === t.sentence &&
        !AFTER_CURRENCY_WORD.has(lowerText(next.text))
      )
        return null;
    }
    const nation = NATIONS_AFTER_DOLLARS.get(lowerText(tokens[i + 1]?.text));
    if (word === 'USD' && nation && tokens[i + 1].sentence === t.sentence)
      return { currency: nation, from: i, to: i + 2 };
    return { currency: word, from: i, to: i + 1 };
  }
  if (ISO_CODES.has(t.text) || t.text === 'RMB')
    return { currency: CODE_ALIASES.get(t.text) ?? t.text, from: i, to: i + 1 };
  // "US dollars", "Australian dollars", "Hong Kong dollars", "Swiss francs"
  let j = i;
  let nation = lower;
  if (lower === 'hong' && tokens[i + 1]?.text === 'Kong') {
    j = i + 1;
    nation = 'hong';
  }
  // "U.S. dollars": the dotted abbreviation of the nation.
  if (
    t.text === 'U' &&
    tokens[i + 1]?.text === '.' &&
    tokens[i + 2]?.text === 'S' &&
    tokens[i + 3]?.text === '.' &&
    touching(t, tokens[i + 1]) &&
    touching(tokens[i + 1], tokens[i + 2])
  ) {
    j = i + 3;
    nation = 'us';
  }
  const currencyWord = lowerText(tokens[j + 1]?.text);
  const national = currencyWord === 'dollars' || currencyWord === 'dollar' ? DOLLAR_NATIONS.get(nation) : undefined;
  if (national) return { currency: national, from: i, to: j + 2 };
  if (lower === 'swiss' && (currencyWord === 'francs' || currencyWord === 'franc'))
    return { currency: 'CHF', from: i, to: i + 2 };
  return null;
}
