// Reads a non-English text with the one (English) number reader by glossing its tokens: each token
// keeps its exact offsets, but its text becomes what the reader knows ("1.500" → "1500", "Mrd." →
// "billion", "d’euros" → "euros", "725億" → "72500000000", "円" → "yen"). Offsets never move, so every
// mention's span is the page's own text. One pass, a bounded look-around per token: linear time.
import type { Token } from '../tokens';
import type { LangRules } from './types';
import { pageConvention, resolveDigits } from './separators';
import { glossCjk, splitCjk } from './cjk-gloss';

export interface Unclear {
  start: number;
  end: number;
  text: string;
  reason: 'number-format';
}

export interface Glossed {
  /** Tokens for the company finder: CJK runs split, texts as written. */
  split: Token[];
  /** Tokens for the number reader: texts in the reader's English. */
  tokens: Token[];
  unclear: Unclear[];
}

const GROUP_SPACES = new Set([0xa0, 0x202f, 0x2009]);
const CURRENCY_GLOSSES = new Set([
  'dollars',
  'euros',
  'yen',
  'yuan',
  'won',
  'reais',
  'USD',
  'EUR',
  'HKD',
  'SGD',
  'TWD',
]);

/** "7 300" (fr) or "7 300" in any language: a group of exactly three digits after a space. */
function groupsWithNext(text: string, a: Token, b: Token | undefined, rules: LangRules | undefined): boolean {
  if (!b || b.kind !== 'num' || b.start - a.end !== 1 || !/^\d{3}(?:[.,]\d+)?$/.test(b.text)) return false;
  if (!/(?:^|\D)\d{1,3}$/.test(a.text)) return false;
  const space = text.charCodeAt(a.end);
  return GROUP_SPACES.has(space) || (space === 32 && !!rules?.spaceGroups);
}

function merged(first: Token, last: Token, gloss: string, kind: Token['kind'] = 'word'): Token {
  return { kind, text: gloss, start: first.start, end: last.end, sentence: first.sentence };
}

/** Glossed tokens for a text in a known language (`rules`), or in an unknown one (undefined). */
export function glossTokens(text: string, raw: Token[], rules: LangRules | undefined): Glossed {
  const split = rules?.cjk ? splitCjk(text, raw) : raw;
  const page = pageConvention(split.filter((t) => t.kind === 'num').map((t) => t.text));
  const unclear: Unclear[] = [];
  const readDigits = (digits: string, from: Token, to: Token): string | null => {
    const value = resolveDigits(digits, rules?.comma, rules?.point, page);
    if (value === null)
      unclear.push({ start: from.start, end: to.end, text: text.slice(from.start, to.end), reason: 'number-format' });
    return value;
  };
  if (rules?.cjk) return { split, tokens: glossCjk(text, split, rules.cjk, readDigits), unclear };
  const out: Token[] = [];
  let shift = 0; // sentences merged away by abbreviation periods ("3 Mrd. USD")
  const abbreviations = new Set(rules?.abbreviations ?? []);
  const linkers = new Set(rules?.linkers ?? []);
  const glossOf = (t: Token | undefined) => (t?.kind === 'word' ? rules?.words[t.text.toLowerCase()] : undefined);
  for (let i = 0; i < split.length; i++) {
    const t = { ...split[i], sentence: split[i].sentence - shift };
    if (t.kind === 'num') {
      let j = i;
      while (groupsWithNext(text, split[j], split[j + 1], rules)) j++;
      const digits = split
        .slice(i, j + 1)
        .map((p) => p.text)
        .join('');
      const value = readDigits(digits, t, split[j]);
      out.push(
        value === null ? { ...t, kind: 'punct', text: '#', end: split[j].end } : merged(t, split[j], value, 'num'),
      );
      i = j;
      continue;
    }
    if (!rules || t.kind !== 'word') {
      if (
        t.text === '€' &&
        (out.at(-1)?.kind === 'num' || /illion|thousand/.test(out.at(-1)?.text ?? '')) &&
        split[i + 1]?.kind !== 'num'
      )
        out.push({ ...t, kind: 'word', text: 'euros' });
      else out.push(t);
      continue;
    }
    const next = split[i + 1];
    const pair = next && rules.pairs?.[`${t.text} ${next.text}`.toLowerCase()];
    if (pair) {
      out.push(merged(t, next, pair));
      i++;
      continue;
    }
    // "US-Dollar": a hyphenated compound the descriptor lists as one word.
    const hyphened =
      next?.text === '-' && split[i + 2] ? rules.words[`${t.text}-${split[i + 2].text}`.toLowerCase()] : undefined;
    if (hyphened && next.start === t.end && split[i + 2].start === next.end) {
      out.push(merged(t, split[i + 2], hyphened));
      i += 2;
      continue;
    }
    if (abbreviations.has(t.text) && next?.text === '.' && next.start === t.end) {
      out.push(merged(t, next, glossOf(t) ?? t.text));
      if (split[i + 2] && split[i + 2].sentence > next.sentence) shift++;
      i++;
      continue;
    }
    // "milliards d’euros", "millones de dólares": the linker joins the currency word.
    if (linkers.has(t.text.toLowerCase()) && out.length && /illion|thousand/.test(out[out.length - 1].text)) {
      let k = i + 1;
      while (k < i + 3 && split[k] && linkers.has(split[k].text.toLowerCase()) && split[k].start === split[k - 1].end)
        k++;
      const currency = glossOf(split[k]);
      if (currency && CURRENCY_GLOSSES.has(currency)) {
        out.push(merged(t, split[k], currency));
        i = k;
        continue;
      }
    }
    const gloss = glossOf(t);
    // "26 milliards ont été confirmés": where counted nouns take a linker ("de"), a plain word after a
    // scale is no unit, so a bare amount there may take its context's currency (read as after "in").
    const prev = out[out.length - 1];
    const bare = !gloss && linkers.size && prev && prev.text.endsWith('illion') && /^\p{Ll}+$/u.test(t.text);
    out.push(gloss ? { ...t, text: gloss } : bare && !linkers.has(t.text) ? { ...t, text: 'in' } : t);
  }
  return { split, tokens: out, unclear };
}
