// A name found by its language's form once ("la start-up Ardoise IA", "北陸データは") names the same company
// wherever else the text writes it, and on a Latin-script page its leading words alone ("Ardoise",
// "Serra Azul") are its short form, unless the first word is an ordinary or generic one ("Banco", "Fondo").
// One pass over the text, trying at each position only the spellings that start with its character.
import type { CompanyMention } from '../types';
import { ORDINARY_FIRST_WORDS } from '../short-forms';
import { PLACES } from '../places';

/** First words that say what a company is, not which: "Banco Andino" is never "Banco". */
const GENERIC = new Set(
  'Banco Banca Banque Bank Fondo Fonds Fundo Grupo Gruppo Groupe Gruppe Groep Caixa Hydro Société Sociedade'.split(' '),
);
/** A page that keeps coining names (a list, a directory) teaches no more than this many (as find-companies). */
const MAX_NAMES = 200;
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

/** Mentions `names` and every other place the text names them again, where `taken` leaves room. */
export function foundAgain(
  text: string,
  names: CompanyMention[],
  taken: CompanyMention[],
  latin: boolean,
): CompanyMention[] {
  const covered = new Uint8Array(text.length + 1);
  const free = (s: number, e: number) => !covered.subarray(s, e).includes(1);
  const mark = (m: CompanyMention) => covered.fill(1, m.start, m.end);
  taken.forEach(mark);
  const out: CompanyMention[] = [];
  // Spelling → [canonical, is the whole name], by first character, longest first.
  const byFirst = new Map<string, [string, string, boolean][]>();
  const known = new Set<string>();
  for (const m of names) {
    const mine = free(m.start, m.end);
    if (mine) {
      mark(m);
      out.push(m);
    }
    // A name that lost its place to another mention ("la empresa Nvidia") is not looked for again.
    const same = taken.some((t) => t.start === m.start && t.end === m.end);
    if ((!mine && !same) || known.has(m.text) || known.size >= MAX_NAMES) continue;
    known.add(m.text);
    for (const spelled of spellings(m, latin)) {
      const list = byFirst.get(spelled[0]) ?? [];
      list.push([spelled, m.canonical, spelled === m.text]);
      byFirst.set(
        spelled[0],
        list.sort((a, b) => b[0].length - a[0].length),
      );
    }
  }
  for (let k = 0; k < text.length; k++) {
    const list = byFirst.get(text[k]);
    if (!list || covered[k]) continue;
    for (const [spelled, canonical, whole] of list) {
      const end = k + spelled.length;
      if (!text.startsWith(spelled, k) || !standsAlone(text, k, end, latin) || !free(k, end)) continue;
      // "Serra" before another capitalized word is some other name ("Serra Gaúcha").
      if (!whole && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      const m: CompanyMention = { type: 'company', text: spelled, start: k, end, canonical };
      mark(m);
      out.push(m);
      k = end - 1;
      break;
    }
  }
  return out;
}
