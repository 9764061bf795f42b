// Japanese, Chinese and Korean figures: runs without spaces are split into single characters (and
// runs of Latin letters or digits), then numerals are composed ("3兆4500億" = 3.45e12, "2조 5천억" =
// 2.5e12, "6億7,705万" = 677,050,000) and the suffix after them glossed ("円" → "yen", "兆瓦" → "megawatts").
import type { Token } from '../tokens';
import type { CjkRules } from './types';
import { isCjk } from './detect';

const SENTENCE_ENDS = new Set(['。', '！', '？']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Word tokens holding CJK characters, split into one token per character and runs of Latin or digits. */
export function splitCjk(text: string, raw: Token[]): Token[] {
  const out: Token[] = [];
  let bump = 0; // sentences ended by "。", which the tokenizer does not see
  for (const t of raw) {
    const sentence = t.sentence + bump;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) {
      out.push({ ...t, sentence });
      bump++;
      continue;
    }
    let hasCjk = false;
    for (let i = t.start; i < t.end && !hasCjk; i++) hasCjk = isCjk(text.charCodeAt(i));
    if (t.kind !== 'word' || !hasCjk) {
      push(out, { ...t, sentence });
      continue;
    }
    let i = t.start;
    while (i < t.end) {
      const c = text.charCodeAt(i);
      let j = i + 1;
      let kind: Token['kind'] = 'word';
      if (isDigit(c)) {
        kind = 'num';
        while (
          j < t.end &&
          (isDigit(text.charCodeAt(j)) || ((text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j + 1))))
        )
          j++;
      } else if (!isCjk(c)) {
        while (j < t.end && !isCjk(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j))) j++;
      }
      push(out, { kind, text: text.slice(i, j), start: i, end: j, sentence });
      i = j;
    }
  }
  return out;
}

/** Pushes a token, joining "102" "." "4" back into one number (the tokenizer cut it at the CJK run). */
function push(out: Token[], t: Token): void {
  const sep = out[out.length - 1],
    num = out[out.length - 2];
  if (
    t.kind === 'num' &&
    num?.kind === 'num' &&
    (sep.text === '.' || sep.text === ',') &&
    num.end === sep.start &&
    sep.end === t.start
  ) {
    out.splice(out.length - 2, 2, { ...num, text: num.text + sep.text + t.text, end: t.end });
  } else out.push(t);
}

type ReadDigits = (digits: string, from: Token, to: Token) => string | null;

/** The longest suffix of the rules that the text spells from `at`. */
function suffixAt(text: string, at: number, rules: CjkRules): string | undefined {
  let best: string | undefined;
  for (const s of Object.keys(rules.suffixes)) if (s.length > (best?.length ?? 0) && text.startsWith(s, at)) best = s;
  return best;
}

/** Composes the numeral starting with digits at token i: value and the index after it. */
function compose(text: string, tokens: Token[], i: number, rules: CjkRules, first: number) {
  let total = 0,
    section = 0,
    current = first,
    lastGroup = 0,
    j = i + 1,
    units = 0;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const gap = t.start - tokens[j - 1].end;
    const small = rules.small[t.text],
      big = rules.big[t.text];
    // "兆瓦" is a unit (megawatt), not a numeral.
    if ((big !== undefined || small !== undefined) && gap === 0 && !suffixAt(text, t.start, rules)) {
      if (small !== undefined) {
        section += (current || 1) * small;
        current = 0;
      } else if (current === 0 && section === 0 && lastGroup) {
        total += lastGroup * (big - 1); // "万亿": the group multiplies again
        lastGroup *= big;
      } else {
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
    if (t.kind === 'num' && units && current === 0 && section === 0 && (gap === 0 || (gap === 1 && nextUnit))) {
      const v = Number(t.text.replace(/,/g, ''));
      if (!Number.isFinite(v)) break;
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
  const chip = new Set(rules.chipWords);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'num') {
      out.push(t);
      continue;
    }
    const digits = readDigits(t.text, t, t);
    if (digits === null) {
      out.push({ ...t, kind: 'punct', text: '#' });
      continue;
    }
    const { value, to } = compose(text, tokens, i, rules, Number(digits));
    let end = to;
    if (tokens[end] && rules.fusedHedges?.includes(tokens[end].text) && tokens[end].start === tokens[end - 1].end)
      end++;
    const last = tokens[end - 1];
    const numText = Number.isFinite(value) ? String(value) : t.text;
    let suffixStart = end < tokens.length && tokens[end].start - last.end <= 1 ? tokens[end].start : -1;
    const counter = suffixStart >= 0 && rules.counters.includes(tokens[end].text);
    if (counter && tokens[end + 1] && tokens[end + 1].start === tokens[end].end && chip.has(tokens[end + 1].text)) {
      // "3万块GPU": the counter belongs to the number, the chip word follows.
      out.push({ ...t, kind: 'num', text: numText, end: tokens[end].end });
      i = end;
      continue;
    }
    out.push({ ...t, kind: 'num', text: numText, end: last.end });
    if (counter) {
      let near = false;
      for (let k = Math.max(0, i - 8); k < i && !near; k++)
        near = chip.has(tokens[k].text) && tokens[k].sentence === t.sentence;
      if (near) out.push({ ...tokens[end], text: 'GPUs' });
      i = near ? end : end - 1;
      continue;
    }
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
    out.push({
      kind: 'word',
      text: rules.suffixes[suffix],
      start: suffixStart,
      end: tokens[k - 1].end,
      sentence: tokens[end].sentence,
    });
    i = k - 1;
  }
  return out;
}
