// All company mentions of a text: known names (the feed's dictionary), names found by form
// (suffixes, roles, appositives, lists), learned names recognized again, and short forms.
import type { Company } from '../feed/types';
import type { CompanyMention } from './types';
import type { Token } from './tokens';
import { buildCompanyIndex, findKnownCompanies, type CompanyIndex } from './companies';
import { LEGAL_SUFFIXES } from './company-words';
import { findUnknownCompanies, nameWord, type FoundName } from './unknown-companies';
import { PLACES } from './places';
import { findListCompanies } from './company-lists';
import { findShortForms, ORDINARY_FIRST_WORDS } from './short-forms';
import { findIndustryNames } from './industry-names';
import { firstIndex } from '../util/sorted';

/** Does [s, e) overlap any of the sorted, non-overlapping mentions? Binary search. */
function overlapsAny(sorted: CompanyMention[], s: number, e: number): boolean {
  const k = firstEndingAfter(sorted, s);
  return k < sorted.length && sorted[k].start < e;
}

/** Index of the first of the sorted, non-overlapping mentions that ends after `s`. */
function firstEndingAfter(sorted: CompanyMention[], s: number): number {
  return firstIndex(sorted.length, (i) => sorted[i].end > s);
}

/** `carried`: names learned in other parts of the same article, recognized here too; the names
 *  learned here are appended to it. */
export function findCompanies(
  tokens: Token[],
  text: string,
  index: CompanyIndex,
  carried?: Company[],
): CompanyMention[] {
  const known = findKnownCompanies(tokens, text, index);
  const knownEnd = new Map<number, number>();
  {
    let k = 0;
    for (const m of known) {
      while (k < tokens.length && tokens[k].start < m.start) k++;
      let e = k;
      while (e < tokens.length && tokens[e].end <= m.end) e++;
      knownEnd.set(k, e);
    }
  }
  const unknown = [
    ...findUnknownCompanies(tokens, index.aliases),
    ...findListCompanies(tokens, knownEnd),
    ...findIndustryNames(tokens, index.aliases),
  ];
  const known2 = dropExtended(known, unknown, tokens);
  const covered = (s: number, e: number) => overlapsAny(known2, s, e);
  const learned: Company[] = [];
  const seen = new Set<string>();
  const longNames = multiWordNames(tokens, known2, unknown);
  for (const u of unknown) {
    const start = tokens[u.from].start;
    const end = tokens[u.to - 1].end;
    if (covered(start, end) || seen.has(u.canonical) || index.aliases.has(u.canonical)) continue;
    seen.add(u.canonical);
    // "Sakura Internet Inc. ... Sakura's shares": a one-word name that starts a longer one is its short form.
    const canonical = u.to - u.from === 1 ? (longNames.get(u.canonical) ?? u.canonical) : u.canonical;
    learned.push({ name: canonical, aliases: [text.slice(start, end)], ticker: null, kind: 'other' });
  }

  const recall = carried?.length ? [...carried.filter((c) => !seen.has(c.name)), ...learned] : learned;
  const more = recall.length
    ? findKnownCompanies(tokens, text, buildCompanyIndex(recall)).filter((m) => !covered(m.start, m.end))
    : [];
  let all = more.length ? [...known2, ...more].sort((a, b) => a.start - b.start) : known2;
  const former = formerNames(tokens, text, all);
  if (former.length) {
    const found = findKnownCompanies(tokens, text, buildCompanyIndex(former)).filter(
      (m) => !overlapsAny(all, m.start, m.end),
    );
    all = [...all, ...found].sort((a, b) => a.start - b.start);
  }
  // Names carried from earlier windows give their short forms here too ("Brightwater").
  const prior: CompanyMention[] = (carried ?? []).flatMap((c) =>
    c.aliases
      .filter((a) => a.includes(' '))
      .map((a) => ({ type: 'company', text: a, start: -1, end: -1, canonical: c.name }) as const),
  );
  const short = findShortForms(tokens, text, prior.length ? [...prior, ...all] : all);
  const result = short.length ? [...all, ...short].sort((a, b) => a.start - b.start) : all;
  if (carried) carry(carried, result, index);
  return result;
}

/** An article names a few dozen companies it alone knows; a page that keeps coining new ones
 *  (a generated list, a directory) stops teaching later windows past this many, so each window's
 *  cost stays bounded. Every window still finds names by form on its own. */
export const MAX_CARRIED = 200;

/** Adds the names found here by form or as short forms (each spelling once) to `carried`. */
function carry(carried: Company[], found: CompanyMention[], index: CompanyIndex): void {
  if (carried.length >= MAX_CARRIED) return;
  const spelled = new Set(carried.flatMap((c) => c.aliases));
  for (const m of found) {
    if (carried.length >= MAX_CARRIED) return;
    if (index.aliases.has(m.text) || spelled.has(m.text)) continue;
    spelled.add(m.text);
    carried.push({ name: m.canonical, aliases: [m.text], ticker: null, kind: 'other' });
  }
}

/** First word → canonical of every multi-word company name found (known or by form), except
 *  ordinary first words ("General", "Global") and places. */
function multiWordNames(tokens: Token[], known: CompanyMention[], unknown: FoundName[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (first: string, canonical: string) => {
    if (first.length >= 3 && !ORDINARY_FIRST_WORDS.has(first) && !PLACES.has(first) && !out.has(first))
      out.set(first, canonical);
  };
  for (const m of known) {
    const space = m.text.indexOf(' ');
    if (space > 0) add(m.text.slice(0, space), m.canonical);
  }
  for (const u of unknown)
    if (u.to - u.from > 1 && tokens[u.from].kind === 'word') add(tokens[u.from].text, u.canonical);
  return out;
}

/**
 * "Verda Oy, formerly DataCrunch", "Foo (previously known as Bar)": the old name is the same company.
 * Returns the old names as aliases of the company mentioned right before them.
 */
function formerNames(
  tokens: Token[],
  text: string,
  found: { start: number; end: number; canonical: string }[],
): Company[] {
  const out: Company[] = [];
  const byEnd = new Map<number, string>();
  for (const f of found) byEnd.set(f.end, f.canonical);
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (w !== 'formerly' && w !== 'previously') continue;
    let j = i + 1;
    if (tokens[j]?.text === 'known' && tokens[j + 1]?.text === 'as') j += 2;
    else if (tokens[j]?.text === 'called' || tokens[j]?.text === 'named') j++;
    else if (w === 'previously') continue;
    if (!nameWord(tokens[j])) continue;
    // The company right before ("Foo, formerly Bar"), or the one its appositive describes ("Foo, a
    // Lisbon GPU cloud formerly known as Bar"): the nearest mention within a few tokens, same sentence.
    let canonical: string | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k].sentence === tokens[i].sentence && !canonical; k--) {
      canonical = byEnd.get(tokens[k].end);
      if (tokens[k].text === ';' || tokens[k].text === '.') break;
    }
    if (!canonical) continue;
    let to = j;
    while (to < j + 3 && nameWord(tokens[to]) && tokens[to].sentence === tokens[j].sentence) to++;
    out.push({
      name: canonical,
      aliases: [text.slice(tokens[j].start, tokens[to - 1].end)],
      ticker: null,
      kind: 'other',
    });
  }
  return out;
}

/**
 * "Samsung Heavy Industries": a name found by its suffix that starts with a known name and runs two
 * or more words further is another company; the known mention inside it gives way.
 */
function dropExtended(known: CompanyMention[], unknown: FoundName[], tokens: Token[]): CompanyMention[] {
  const drop = new Set<number>();
  for (const u of unknown) {
    if (!u.bySuffix) continue;
    const start = tokens[u.from].start;
    const end = tokens[u.to - 1].end;
    const k = firstEndingAfter(known, start);
    const m = known[k];
    if (!m || m.start !== start || m.end >= end) continue;
    // Words past the known name, not counting legal suffixes and "&": "Goldman Sachs & Co." is
    // still Goldman Sachs.
    let beyond = 0;
    for (let t = u.from; t < u.to; t++) {
      if (
        tokens[t].end > m.end &&
        tokens[t].kind !== 'punct' &&
        tokens[t].text !== '&' &&
        !LEGAL_SUFFIXES.has(tokens[t].text)
      )
        beyond++;
    }
    if (beyond >= 2) drop.add(m.start);
  }
  return drop.size ? known.filter((m) => !drop.has(m.start)) : known;
}
