// Companies no list knows in Japanese, Chinese and Korean, found by the word that ends their name: a corporate
// word ("ホールディングス", "科技", "홀딩스") names a company wherever it ends a name; a word that also ends
// ordinary nouns ("データ", "算力", "데이터": "学習データ", "部分算力") only when the same name comes back
// in the text. The name keeps its own script (canonical as written). Each ending is tried at each position.
import type { CompanyMention } from '../types';
import type { CjkNameRules } from './types';

const PUNCT = /[\s、。，．,.;；:：!！?？()（）「」『』“”"'‘’・]/u;
const NAME_CHAR = /[\u4e00-\u9fff\u3400-\u4dbf\u30a1-\u30fa\u30fcA-Za-z0-9]/u;
const SENTENCE_END = /[。！？!?\n.]/u;
const HANGUL_WORD = /^[\uac00-\ud7afA-Za-z]+$/u;

/** [start, end) of a name ending at `end` (where the ending stops), or undefined. */
type Bounds = (text: string, at: number, end: number, rules: CjkNameRules) => number | undefined;

/** Japanese: the run of kanji, katakana and Latin before the ending, ended by kana or punctuation; no run-on. */
const japanese: Bounds = (text, at, end) => {
  if (NAME_CHAR.test(text[end] ?? '') || /[ー]/u.test(text[end] ?? '')) return undefined;
  let start = at;
  while (start > 0 && at - start < 8 && NAME_CHAR.test(text[start - 1])) start--;
  return start;
};

/** Chinese: two to four Han characters after a boundary (punctuation, "与", a lead noun such as "公司"), and a
 *  verb or punctuation after the name ("宣布", "股价", "。"). */
const chinese: Bounds = (text, at, end, rules) => {
  const next = text.slice(end);
  if (next && !PUNCT.test(next[0]) && !(rules.after ?? []).some((w) => next.startsWith(w))) return undefined;
  for (let start = at - 2; start >= Math.max(0, at - 4); start--) {
    if (!/^[\u4e00-\u9fff]+$/u.test(text.slice(start, at))) return undefined;
    const before = text.slice(Math.max(0, start - 4), start);
    if (start === 0 || PUNCT.test(before[before.length - 1]) || (rules.before ?? []).some((w) => before.endsWith(w)))
      return start;
  }
  return undefined;
};

/** Korean: the space-separated word, the ending at its end or before a particle ("한빛클라우드는"). */
const korean: Bounds = (text, at, end, rules) => {
  let wordEnd = end;
  while (wordEnd < text.length && !PUNCT.test(text[wordEnd])) wordEnd++;
  const particle = text.slice(end, wordEnd);
  if (particle && !(rules.after ?? []).includes(particle)) return undefined;
  let start = at;
  while (start > 0 && !PUNCT.test(text[start - 1])) start--;
  return HANGUL_WORD.test(text.slice(start, at)) ? start : undefined;
};

const BOUNDS: Record<string, Bounds> = { ja: japanese, zh: chinese, ko: korean };

function count(text: string, name: string): number {
  let n = 0;
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) n++;
  return n;
}

/** Does a sentence naming `name` also say what companies do ("発表", "宣布", "밝혔다")? */
function cued(text: string, name: string, cues: string[]): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) {
    let from = k;
    while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
    let to = k + name.length;
    while (to < text.length && !SENTENCE_END.test(text[to])) to++;
    const sentence = text.slice(from, to);
    if (cues.some((c) => sentence.includes(c))) return true;
  }
  return false;
}

/** Names ending in one of the language's corporate words (not yet checked against the names found otherwise). */
export function findCjkNames(text: string, code: string, rules: CjkNameRules): CompanyMention[] {
  const bounds = BOUNDS[code];
  if (!bounds) return [];
  const endings = [...rules.corporate, ...rules.nouns].sort((a, b) => b.length - a.length);
  const out: CompanyMention[] = [];
  const weighed = new Map<string, boolean>();
  let last = 0;
  for (let at = 2; at < text.length; at++) {
    const ending = endings.find((e) => text.startsWith(e, at));
    if (!ending) continue;
    const end = at + ending.length;
    const start = bounds(text, at, end, rules);
    // Two characters before the ending at least: "クラウド", "算力", "데이터" alone are no names.
    if (start === undefined || start < last || at - start < 2) continue;
    const name = text.slice(start, end);
    if (/^[0-9]/.test(name) || /^[\x00-\x7f]+$/.test(text.slice(start, at))) continue;
    if (!rules.corporate.includes(ending)) {
      // Each candidate spelling is weighed once: a page that repeats "データ" costs one look per spelling.
      let ok = weighed.get(name);
      if (ok === undefined) weighed.set(name, (ok = count(text, name) >= 2 && cued(text, name, rules.cues)));
      if (!ok) continue;
    }
    out.push({ type: 'company', text: name, start, end, canonical: name });
    last = end;
    at = end - 1;
  }
  return out;
}
