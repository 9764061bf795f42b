// Company names inside CJK runs (no spaces to find them by): a longest match from each position over the
// local-name table, indexed by first character, so each position tries a handful of names: linear time.
import type { CompanyMention } from '../types';
import { LOCAL_COMPANY_NAMES } from './local-names';
import { MORE_LOCAL_NAMES } from './local-names-more';
import { isCjk } from './detect';

const CANONICAL: Record<string, string> = { ...LOCAL_COMPANY_NAMES };
for (const [canonical, names] of Object.entries(MORE_LOCAL_NAMES)) for (const n of names) CANONICAL[n] ??= canonical;
const BY_FIRST = new Map<string, string[]>();
for (const name of Object.keys(CANONICAL)) BY_FIRST.set(name[0], [...(BY_FIRST.get(name[0]) ?? []), name]);
for (const names of BY_FIRST.values()) names.sort((a, b) => b.length - a.length);

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Local-script company names in the text; a Latin-led name ("SK하이닉스") must not continue a Latin word. */
export function findLocalCompanies(text: string): CompanyMention[] {
  const found: CompanyMention[] = [];
  for (let i = 0; i < text.length;) {
    const names = BY_FIRST.get(text[i]);
    const name = names?.find((n) => text.startsWith(n, i) && hasCjk(n));
    const glued = i > 0 && isAsciiWordChar(text.charCodeAt(i - 1)) && isAsciiWordChar(text.charCodeAt(i));
    if (!name || glued || continuesKatakana(text, i + name.length)) {
      i++;
      continue;
    }
    found.push({ type: 'company', text: name, start: i, end: i + name.length, canonical: CANONICAL[name] });
    i += name.length;
  }
  return found;
}

const KATAKANA_SUFFIXES = ['グループ', 'ホールディングス', 'ジャパン'];

/** "メタバース" is no "メタ": a katakana name must not run on into more katakana, except a group suffix. */
function continuesKatakana(text: string, end: number): boolean {
  if (!isKatakana(text.charCodeAt(end - 1)) || !isKatakana(text.charCodeAt(end))) return false;
  return !KATAKANA_SUFFIXES.some((s) => text.startsWith(s, end));
}

function isKatakana(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fc && c !== 0x30fb;
}

function hasCjk(name: string): boolean {
  for (let k = 0; k < name.length; k++) if (isCjk(name.charCodeAt(k))) return true;
  return false;
}
