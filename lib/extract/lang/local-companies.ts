// Company names inside CJK runs (no spaces to find them by): a longest match from each position over the
// local-name table, indexed by first character, so each position tries a handful of names: linear time.
import type { CompanyMention } from '../types';
import { LOCAL_COMPANY_NAMES } from './local-names';
import { isCjk } from './detect';

const BY_FIRST = new Map<string, string[]>();
for (const name of Object.keys(LOCAL_COMPANY_NAMES)) BY_FIRST.set(name[0], [...(BY_FIRST.get(name[0]) ?? []), name]);
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
    if (!name || glued) {
      i++;
      continue;
    }
    found.push({ type: 'company', text: name, start: i, end: i + name.length, canonical: LOCAL_COMPANY_NAMES[name] });
    i += name.length;
  }
  return found;
}

function hasCjk(name: string): boolean {
  for (let k = 0; k < name.length; k++) if (isCjk(name.charCodeAt(k))) return true;
  return false;
}
