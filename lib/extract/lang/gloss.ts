// Reads a non-English text with the one (English) number reader by glossing its tokens: each token
// keeps its exact offsets, but its text becomes what the reader knows ("1.500" → "1500", "Mrd." →
// "billion", "d’euros" → "euros", "725億" → "72500000000", "円" → "yen"). Offsets never move, so every
// mention's span is the page's own text. One pass, a bounded look-around per token: linear time.
import type { Token } from '../tokens';
import type { LangRules } from './types';
import { pageConvention, resolveDigits } from './separators';
import { glossCjk } from './cjk-gloss';
import { splitCjk } from './cjk-split';
import {
  compoundGloss,
  countsBefore,
  elidedPair,
  englishDigits,
  merged,
  numberEnd,
  skippedBefore,
} from './gloss-parts';
import { addImpliedScales } from './implied';

export interface Unclear {
  start: number;
  end: number;
  text: string;
  reason: 'number-format';
}

interface Glossed {
  /** Tokens for the company finder: CJK runs split, texts as written. */
  split: Token[];
  /** Tokens for the number reader: texts in the reader's English. */
  tokens: Token[];
  unclear: Unclear[];
}

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
      const { end: j, clear } = numberEnd(text, split, i, rules);
      const digits = split
        .slice(i, j + 1)
        .filter((p) => p.kind === 'num')
        .map((p) => p.text)
        .join('');
      const value = !clear ? null : readDigits(digits, t, split[j]);
      if (!clear)
        unclear.push({
          start: t.start,
          end: split[j].end,
          text: text.slice(t.start, split[j].end),
          reason: 'number-format',
        });
      out.push(
        value === null
          ? { ...t, kind: 'punct', text: '#', end: split[j].end }
          : merged(t, split[j], englishDigits(value, /[^\d]/.test(digits) || j > i), 'num'),
      );
      i = j;
      continue;
    }
    // "GPU’s van het type B300": the Dutch plural's apostrophe and a "type" phrase before a model are skipped.
    const skip = rules ? skippedBefore(split, i, rules) : i;
    if (skip > i) {
      i = skip - 1;
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
    // "l’anno", "all'anno": an elided article and its noun, listed as one pair with "’".
    const elided = elidedPair(split, i, rules);
    if (elided) {
      for (const word of elided.split(' ')) out.push(merged(t, split[i + 2], word));
      i += 2;
      continue;
    }
    const pair = next && rules.pairs?.[`${t.text} ${next.text}`.toLowerCase()];
    if (pair) {
      // "otros mil millones de euros": a scale pair with no number before it is one of that scale.
      if (pair.endsWith('illion') && !countsBefore(out.at(-1)))
        out.push({ ...t, kind: 'num', text: '1' }, { ...next, text: pair });
      else out.push(merged(t, next, pair));
      i++;
      continue;
    }
    // "240 M€": a capital M glued to a currency sign is millions.
    if (
      t.text === 'M' &&
      split[i + 1]?.start === t.end &&
      /^[€$]$/.test(split[i + 1].text) &&
      out.at(-1)?.kind === 'num'
    ) {
      out.push({ ...t, text: 'million' });
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
    const gloss = glossOf(t) ?? compoundGloss(t.text, rules);
    // "26 milliards ont été confirmés": where counted nouns take a linker ("de"), a plain word after a
    // scale is no unit, so a bare amount there may take its context's currency (read as after "in").
    const prev = out[out.length - 1];
    const bare = !gloss && linkers.size && prev && prev.text.endsWith('illion') && /^\p{Ll}+$/u.test(t.text);
    // "450 mdd": one abbreviation for a scale and a currency reads as both words, on the same span.
    if (gloss?.includes(' ')) for (const word of gloss.split(' ')) out.push({ ...t, text: word });
    else out.push(gloss ? { ...t, text: gloss } : bare && !linkers.has(t.text) ? { ...t, text: 'in' } : t);
  }
  return { split, tokens: rules ? addImpliedScales(text, out, rules) : out, unclear };
}
