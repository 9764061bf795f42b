// Implied scale: a bare number that the sentence ties to an earlier amount takes that amount's scale and
// currency or unit ("reunió 9.000 millones de dólares; pedía 7.000" → 7e9 USD; "40 megavatios y otros 40"
// → 4e7 W). Tied means: the same sentence, the bare number closes its clause (or "more" follows), no
// preposition before it ("cerraron a 17,35"), not a year, and of the same size as the earlier number
// (within ten times). The scale and unit are added as tokens on the bare number's own span.
import type { Token } from '../tokens';
import type { LangRules } from './types';

const SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);
const UNITS = new Set(['megawatts', 'gigawatts', 'kilowatts', 'MW', 'GW']);
const CURRENCIES = new Set(['dollars', 'euros', 'reais', 'USD', 'EUR']);
const YEAR = /^(?:19|20)\d\d$/;

/** The value of a glossed number token ("7,000" keeps its English grouping). */
function numeric(t: Token): number {
  return Number(t.text.replace(/,/g, ''));
}

interface Earlier {
  value: number;
  sentence: number;
  words: Token[];
}

/** What the amount at token i leaves for a later bare number: its scale and currency, or its unit. */
function earlierAt(tokens: Token[], i: number): Earlier | null {
  const t = tokens[i];
  const a = tokens[i + 1],
    b = tokens[i + 2];
  if (a && UNITS.has(a.text)) return { value: numeric(t), sentence: t.sentence, words: [a] };
  if (a && SCALES.has(a.text) && b && CURRENCIES.has(b.text))
    return { value: numeric(t), sentence: t.sentence, words: [a, b] };
  return null;
}

function bareAt(text: string, tokens: Token[], i: number, rules: LangRules): boolean {
  const t = tokens[i];
  const before = tokens[i - 1],
    after = tokens[i + 1];
  if (YEAR.test(t.text) || !before || before.kind !== 'word') return false;
  if (rules.prepositions?.includes(text.slice(before.start, before.end).toLowerCase())) return false;
  if (!after || after.sentence !== t.sentence) return true;
  if (after.kind === 'punct') return /^[,;.)]$/.test(after.text);
  return after.text === 'and' || !!rules.moreWords?.includes(after.text.toLowerCase());
}

/** The glossed tokens with the scale and currency or unit of an earlier amount added after tied bare numbers. */
export function addImpliedScales(text: string, tokens: Token[], rules: LangRules): Token[] {
  if (!rules.prepositions) return tokens;
  const out: Token[] = [];
  let earlier: Earlier | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out.push(t);
    if (t.kind !== 'num') continue;
    const own = earlierAt(tokens, i);
    if (own) {
      earlier = own;
      continue;
    }
    const value = numeric(t);
    if (
      earlier &&
      earlier.sentence === t.sentence &&
      value > 0 &&
      value * 10 >= earlier.value &&
      value <= earlier.value * 10 &&
      bareAt(text, tokens, i, rules)
    )
      for (const w of earlier.words) out.push({ ...w, start: t.start, end: t.end });
  }
  return out;
}
