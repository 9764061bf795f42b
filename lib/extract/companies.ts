// Known companies: case-sensitive, word-bounded alias matching over tokens (longest alias wins),
// legal suffixes folded into the span ("CoreWeave, Inc.", "Nvidia Corporation"), and context checks
// for names that are also common words ("Arm", "Meta", "Apple", "Lambda").
import type { Company } from '../feed/types';
import type { CompanyMention } from './types';
import type { Token } from './tokens';
import { isCapitalized, sentenceInitial, tokenize, touching } from './tokens';
import { isCjk } from './lang/detect';
import {
  LEGAL_SUFFIXES,
  ABBREVIATED,
  DOTTED_SUFFIXES,
  COMMON_WORDS,
  COMPANY_VERBS,
  PROJECT_WORDS,
} from './company-words';

interface Alias {
  /** Token texts and whether each token touches the previous one. */
  parts: string[];
  glued: boolean[];
  canonical: string;
}

export interface CompanyIndex {
  byFirst: Map<string, Alias[]>;
  /** The same aliases split by their first two tokens (multi-word) or first token (one word), in
   *  byFirst's order: a lookup costs the aliases that can match, not every name sharing a first
   *  word ("Foo Bar1 Inc., Foo Bar2 Inc., …" would otherwise cost the square of the chain). */
  byFirstTwo: Map<string, Alias[]>;
  oneWord: Map<string, Alias[]>;
  /** Every alias as written. */
  aliases: Set<string>;
  /** Canonical names whose short aliases need context. */
  aliasesOf: Map<string, Alias[]>;
}

/** Pick one company per alias: the one named exactly so, then the most specific name inside it. */
function better(alias: string, a: string, b: string): boolean {
  if (a === alias) return true;
  if (b === alias) return false;
  const ai = alias.includes(a),
    bi = alias.includes(b);
  if (ai !== bi) return ai;
  // "Jio": the company whose own name contains the alias ("Reliance Jio") is the specific one.
  const an = a.includes(alias),
    bn = b.includes(alias);
  if (an !== bn) return an;
  return a.length > b.length;
}

export function buildCompanyIndex(companies: Company[]): CompanyIndex {
  const chosen = new Map<string, string>();
  for (const c of companies) {
    if (/government/i.test(c.name)) continue; // government bodies are not companies
    for (const alias of new Set([c.name, ...c.aliases])) {
      const prev = chosen.get(alias);
      if (!prev || better(alias, c.name, prev)) chosen.set(alias, c.name);
    }
  }
  const byFirst = new Map<string, Alias[]>();
  const aliasesOf = new Map<string, Alias[]>();
  for (const [alias, canonical] of chosen) {
    const toks = tokenize(alias);
    if (toks.length === 0) continue;
    const parts = toks.map((t) => t.text);
    const glued = toks.map((t, k) => k > 0 && touching(toks[k - 1], t));
    const entry: Alias = { parts, glued, canonical };
    const list = byFirst.get(parts[0]) ?? [];
    list.push(entry);
    byFirst.set(parts[0], list);
    const mine = aliasesOf.get(canonical) ?? [];
    mine.push(entry);
    aliasesOf.set(canonical, mine);
  }
  const byFirstTwo = new Map<string, Alias[]>();
  const oneWord = new Map<string, Alias[]>();
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.parts.length - a.parts.length);
    for (const a of list) {
      const [map, key] = a.parts.length > 1 ? [byFirstTwo, pairKey(a.parts[0], a.parts[1])] : [oneWord, a.parts[0]];
      const same = map.get(key);
      if (same) same.push(a);
      else map.set(key, [a]);
    }
  }
  return { byFirst, byFirstTwo, oneWord, aliasesOf, aliases: new Set(chosen.keys()) };
}

const pairKey = (first: string, second: string) => `${first}\u0000${second}`;

/** The first alias of byFirst's list for tokens[i] that matches there (longest first). */
function firstMatchingAlias(tokens: Token[], i: number, index: CompanyIndex): Alias | undefined {
  // Most words start no alias: no pair key is put together for them.
  if (!index.byFirst.has(tokens[i].text)) return undefined;
  const next = tokens[i + 1];
  const longer = next ? index.byFirstTwo.get(pairKey(tokens[i].text, next.text)) : undefined;
  return longer?.find((a) => matchAlias(tokens, i, a)) ?? index.oneWord.get(tokens[i].text)?.[0];
}

function matchAlias(tokens: Token[], i: number, alias: Alias): boolean {
  for (let k = 1; k < alias.parts.length; k++) {
    const t = tokens[i + k];
    if (!t || t.text !== alias.parts[k]) return false;
    if (alias.glued[k] !== touching(tokens[i + k - 1], t)) return false;
  }
  // Word-bounded: "Arm" must not run on into a touching word or number ("Arm64" is one token anyway).
  return true;
}

/** ", Inc.", " Corporation", " LLC", " N.V.": returns the token index after the suffix. */
export function legalSuffixEnd(tokens: Token[], j: number, depth = 0): number {
  let k = j;
  if (tokens[k]?.text === ',' && LEGAL_SUFFIXES.has(tokens[k + 1]?.text ?? '') && tokens[k + 1].text.length <= 4) k++;
  const t = tokens[k];
  if (!t || t.start - tokens[k - 1].end > 1) return j;
  if (LEGAL_SUFFIXES.has(t.text)) {
    k++;
    if (tokens[k]?.text === '.' && touching(t, tokens[k]) && ABBREVIATED.has(t.text)) k++;
    // "Pte. Ltd.", "Co., Ltd.": a second legal form (one more at most, so the cost stays bounded).
    if (depth === 0) return legalSuffixEnd(tokens, k, 1);
    return k;
  }
  // "N.V.", "S.A."
  let dotted = t.text;
  let m = k + 1;
  while (
    tokens[m]?.text === '.' &&
    touching(tokens[m - 1], tokens[m]) &&
    tokens[m + 1] &&
    touching(tokens[m], tokens[m + 1]) &&
    tokens[m + 1].kind === 'word'
  ) {
    dotted += '.' + tokens[m + 1].text;
    m += 2;
  }
  if (DOTTED_SUFFIXES.has(dotted)) return tokens[m]?.text === '.' ? m + 1 : m;
  return j;
}

/** Is a longer alias of this company written anywhere in the text? Memoized per text: one scan per company. */
function longerAliasIn(text: string, index: CompanyIndex, canonical: string, memo: Map<string, boolean>): boolean {
  let found = memo.get(canonical);
  if (found === undefined) {
    found =
      index.aliasesOf.get(canonical)?.some((a) => a.parts.length > 1 && text.includes(a.parts.join(' '))) ?? false;
    memo.set(canonical, found);
  }
  return found;
}

function ambiguousOk(
  tokens: Token[],
  i: number,
  to: number,
  text: string,
  index: CompanyIndex,
  canonical: string,
  memo: Map<string, boolean>,
): boolean {
  const prev = tokens[i - 1];
  const next = tokens[to];
  // "AWS Lambda", "Google Scale": a product of another company.
  if (
    prev &&
    prev.kind === 'word' &&
    isCapitalized(prev.text) &&
    index.byFirst.has(prev.text) &&
    touching(prev, tokens[i]) === false &&
    prev.end + 1 === tokens[i].start
  )
    return false;
  // Another, longer alias of the same company elsewhere in the text settles it.
  if (longerAliasIn(text, index, canonical, memo)) return true;
  if (prev && /^(the|a|an)$/.test(prev.text)) return false;
  if (!sentenceInitial(tokens, i)) return true;
  // a table cell: "| Lambda | 40,000 B200 |"
  if (prev?.text === '|' || next?.text === '|') return true;
  if (!next) return false;
  if (next.text === "'" || next.text === '’' || next.text === ',') return true;
  // "Amazon-backed", "Meta-owned"
  if (
    next.text === '-' &&
    /^(backed|owned|led|funded|made|designed|built|operated|controlled|affiliated|based|powered)$/.test(
      tokens[to + 1]?.text ?? '',
    )
  )
    return true;
  return COMPANY_VERBS.has(next.text.toLowerCase());
}

function cjkAt(t: Token): boolean {
  return isCjk(t.text.charCodeAt(0));
}

/** Every known company mention, in order. */
export function findKnownCompanies(tokens: Token[], text: string, index: CompanyIndex): CompanyMention[] {
  const out: CompanyMention[] = [];
  const memo = new Map<string, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    // Word boundary on the left: "xAI" inside "FooxAI" is one token already; guard glued letters.
    const alias = firstMatchingAlias(tokens, i, index);
    if (!alias) continue;
    let to = i + alias.parts.length;
    // (a Han, kana or Hangul word after it is the next word of an unspaced script: "米AMDから", "AMD와")
    const next = tokens[to];
    if (next && touching(tokens[to - 1], next) && (next.kind === 'word' || next.kind === 'num') && !cjkAt(next))
      continue;
    if (
      alias.parts.length === 1 &&
      COMMON_WORDS.has(t.text) &&
      !ambiguousOk(tokens, i, to, text, index, alias.canonical, memo)
    )
      continue;
    // "the Stargate Project", "the Foo Campus": a project or facility named after the company.
    if (PROJECT_WORDS.has(tokens[to]?.text ?? '') && tokens[to].start === tokens[to - 1].end + 1) continue;
    to = legalSuffixEnd(tokens, to);
    const start = t.start;
    const end = tokens[to - 1].end;
    out.push({ type: 'company', text: text.slice(start, end), start, end, canonical: alias.canonical });
    i = to - 1;
  }
  return out;
}
