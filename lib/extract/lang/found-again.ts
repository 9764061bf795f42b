// A name found by its language's form once ("la start-up Ardoise IA", "北陸データは") names the same company
// wherever else the text writes it, and on a Latin-script page its leading words alone ("Ardoise",
// "Serra Azul") are its short form, unless the first word is an ordinary or generic one ("Banco", "Fondo").
import type { CompanyMention } from '../types';
import { ORDINARY_FIRST_WORDS } from '../short-forms';
import { PLACES } from '../places';

/** First words that say what a company is, not which: "Banco Andino" is never "Banco". */
const GENERIC = new Set(
  'Banco Banca Banque Bank Fondo Fonds Fundo Grupo Gruppo Groupe Gruppe Groep Caixa Hydro Société Sociedade'.split(' '),
);
const LETTER = /[\p{L}\p{N}]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const KATAKANA = /[\u30a1-\u30fa\u30fc]/u;

/** Is [start, end) a whole word (Latin), or not glued to more of the same script (CJK)? */
function standsAlone(text: string, start: number, end: number, latin: boolean): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (latin) return !LETTER.test(before) && !LETTER.test(after);
  if (HANGUL.test(text[start]) && HANGUL.test(before)) return false;
  return !(KATAKANA.test(text[end - 1]) && KATAKANA.test(after));
}

/** The texts that name each company again: the name itself, then its proper leading word runs (Latin). */
function spellings(m: CompanyMention, latin: boolean): string[] {
  const words = m.text.split(' ');
  const out = [m.text];
  if (!latin || words.length < 2) return out;
  const first = words[0];
  if (first.length < 4 || GENERIC.has(first) || ORDINARY_FIRST_WORDS.has(first) || PLACES.has(first)) return out;
  for (let n = words.length - 1; n >= 1; n--) out.push(words.slice(0, n).join(' '));
  return out;
}

/** Mentions `names` and every other place the text names them again, where `taken` (sorted) leaves room. */
export function foundAgain(
  text: string,
  names: CompanyMention[],
  taken: CompanyMention[],
  latin: boolean,
): CompanyMention[] {
  const all = [...taken];
  const free = (s: number, e: number) => !all.some((m) => m.start < e && s < m.end);
  const out: CompanyMention[] = [];
  const push = (m: CompanyMention) => {
    if (!free(m.start, m.end)) return false;
    all.push(m);
    out.push(m);
    return true;
  };
  const same = (m: CompanyMention) => taken.some((t) => t.start === m.start && t.end === m.end);
  // A name that lost its place to another mention ("la empresa Nvidia") is not looked for again.
  const kept = names.filter((m) => push(m) || same(m));
  for (const m of kept) {
    for (const spelled of spellings(m, latin)) {
      for (let k = text.indexOf(spelled); k >= 0; k = text.indexOf(spelled, k + 1)) {
        const end = k + spelled.length;
        // "Serra" before another capitalized word is some other name ("Serra Gaúcha").
        const next = /^\s+(\p{Lu})/u.exec(text.slice(end, end + 3));
        if (!standsAlone(text, k, end, latin) || (spelled !== m.text && next)) continue;
        push({ type: 'company', text: spelled, start: k, end, canonical: m.canonical });
      }
    }
  }
  return out;
}
