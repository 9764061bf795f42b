// Japanese, Chinese and Korean figures, on the tokens of cjk-split.ts: numerals are composed ("3兆4500億" =
// 3.45e12, "2조 5천억" = 2.5e12, "6億7,705万" = 677,050,000), the suffix after them glossed ("円" → "yen",
// "兆瓦" → "megawatts"), counters read by cjk-counters.ts, ranges ("〜", "至") and local chip and vendor words.
import type { Token } from '../tokens';
import type { CjkRules } from './types';
import { readCounter, wordAt } from './cjk-counters';
import { yuanReader } from './cjk-currency';
import { englishDigits } from './gloss-parts';

type ReadDigits = (digits: string, from: Token, to: Token) => string | null;

/** The longest suffix of the rules that the text spells from `at`. */
function suffixAt(text: string, at: number, rules: CjkRules): string | undefined {
  let best: string | undefined;
  for (const s of Object.keys(rules.suffixes)) if (s.length > (best?.length ?? 0) && text.startsWith(s, at)) best = s;
  return best;
}

/** A numeral just before a rate word makes it a span of time: "5年間で" is "over 5 years", not "a year". */
const NUMERAL_BEFORE = /[0-9０-９一二三四五六七八九十百千両]$/;

/** The longest rate word ("月額", "每年") the text spells from `at`. */
function rateAt(text: string, at: number, rules: CjkRules): string | undefined {
  if (NUMERAL_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return undefined;
  let best: string | undefined;
  for (const w of Object.keys(rules.rates ?? {}))
    if (w.length > (best?.length ?? 0) && text.startsWith(w, at)) best = w;
  return best;
}

/** A numeral that is big only before a currency ("3.3兆元"), never before a unit ("300兆瓦"). */
function moneyBigAt(text: string, t: Token, rules: CjkRules): number | undefined {
  const value = rules.moneyBig?.[t.text];
  if (value === undefined) return undefined;
  const suffix = suffixAt(text, t.end, rules);
  return suffix && !rules.suffixes[suffix].endsWith('watts') ? value : undefined;
}

/** Composes the numeral starting with digits at token i: value and the index after it. */
function compose(text: string, tokens: Token[], i: number, rules: CjkRules, first: number) {
  let total = 0,
    section = 0,
    current = first,
    lastGroup = 0,
    j = i + 1,
    units = 0,
    lastBig = 0;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const gap = t.start - tokens[j - 1].end;
    const small = rules.small[t.text],
      big = rules.big[t.text] ?? moneyBigAt(text, t, rules);
    // "兆瓦" is a unit (megawatt), not a numeral.
    if ((big !== undefined || small !== undefined) && gap === 0 && !suffixAt(text, t.start, rules)) {
      if (small !== undefined) {
        section += (current || 1) * small;
        current = 0;
      } else if (current === 0 && section === 0 && lastGroup) {
        total += lastGroup * (big - 1); // "万亿": the group multiplies again
        lastGroup *= big;
      } else {
        lastBig = big;
        lastGroup = (section + current) * big;
        total += lastGroup;
        section = current = 0;
      }
      units++;
      j++;
      continue;
    }
    // "3万7000", "2조 5천억": digits continue a numeral that has units (a space only in Korean spacing).
    const nextUnit = tokens[j + 1] && (rules.big[tokens[j + 1].text] ?? rules.small[tokens[j + 1].text]);
    if (t.kind === 'num' && units && current === 0 && section === 0 && (gap === 0 || gap === 1)) {
      const v = Number(t.text.replace(/,/g, ''));
      // "28만 5,000원": in Korean spacing, a remainder below the last unit continues the number.
      const remainder = rules.counterNoun === 'spaced' && v < lastBig;
      if (!Number.isFinite(v) || (gap === 1 && !nextUnit && !remainder)) break;
      current = v;
      j++;
      continue;
    }
    break;
  }
  return { value: total + section + current, to: j, units };
}

/** Glossed tokens for a CJK text: composed numbers and English suffix words, offsets kept. */
export function glossCjk(text: string, tokens: Token[], rules: CjkRules, readDigits: ReadDigits): Token[] {
  const out: Token[] = [];
  const yuanOf = yuanReader(text, rules);
  let lastNumber = -1; // token index where the last number started
  let rangeFrom = -1; // where the low end of a range started, while its high end is read
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'num') {
      // "30億〜50億ドル", "1.5万亿至2万亿元": a mark between two numbers makes a range.
      if (rules.rangeWords.includes(t.text) && out.at(-1)?.kind === 'num' && tokens[i + 1]?.kind === 'num') {
        out.push({ ...t, kind: 'word', text: 'to' });
        rangeFrom = lastNumber;
        continue;
      }
      rangeFrom = -1;
      const rate = rateAt(text, t.start, rules);
      const word = rate ?? wordAt(text, t.start, rules);
      let k = i;
      while (word && k < tokens.length && tokens[k].end < t.start + word.length) k++;
      if (word && tokens[k]?.end === t.start + word.length) {
        out.push({ ...t, kind: 'word', text: rate ? rules.rates![rate] : rules.words[word], end: tokens[k].end });
        i = k;
      } else out.push(t);
      continue;
    }
    const digits = readDigits(t.text, t, t);
    if (digits === null) {
      out.push({ ...t, kind: 'punct', text: '#' });
      continue;
    }
    const { value, to, units } = compose(text, tokens, i, rules, Number(digits));
    const first = rangeFrom >= 0 && out.at(-1)?.text === 'to' ? rangeFrom : i;
    lastNumber = i;
    let end = to;
    if (tokens[end] && rules.fusedHedges?.includes(tokens[end].text) && tokens[end].start === tokens[end - 1].end)
      end++;
    const last = tokens[end - 1];
    // "2,000顆", "2千": a grouped or composed number keeps English grouping, so it never reads as a year.
    const numText = Number.isFinite(value) ? englishDigits(String(value), units > 0 || digits !== t.text) : t.text;
    const suffixStart = end < tokens.length && tokens[end].start - last.end <= 1 ? tokens[end].start : -1;
    if (suffixStart >= 0 && rules.counters.includes(tokens[end].text)) {
      const read = readCounter(text, tokens, first, end, rules);
      // "3万块英伟达H20芯片": the counter joins the count, the words after it name the chips.
      out.push({ ...t, kind: 'num', text: numText, end: read?.chips === 'after' ? tokens[end].end : last.end });
      if (read?.chips === 'before') for (const word of read.gloss.split(' ')) out.push({ ...tokens[end], text: word });
      i = read?.chips === 'after' ? read.next - 1 : read ? end : end - 1;
      continue;
    }
    out.push({ ...t, kind: 'num', text: numText, end: last.end });
    const suffix = suffixStart >= 0 ? suffixAt(text, suffixStart, rules) : undefined;
    if (!suffix) {
      i = end - 1;
      continue;
    }
    let k = end;
    while (k < tokens.length && tokens[k].end <= suffixStart + suffix.length) k++;
    if (tokens[k - 1].end !== suffixStart + suffix.length) {
      i = end - 1;
      continue;
    }
    const gloss = rules.suffixes[suffix];
    out.push({
      kind: 'word',
      text: (gloss === 'yuan' && suffix === '元' && yuanOf(t.start)) || gloss,
      start: suffixStart,
      end: tokens[k - 1].end,
      sentence: tokens[end].sentence,
    });
    i = k - 1;
  }
  return out;
}
