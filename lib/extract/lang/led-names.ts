// Companies no list knows on a Latin-script page outside English, found by the noun that says what they are:
// "der Stahlkonzern Foo", "la start-up parisienne Foo", "la empresa Foo", "il gruppo energetico Foo",
// "het Antwerpse Foo". The English rules read the same tokens first; this adds what only the language's own
// nouns reveal. One pass over the tokens.
import type { Token } from '../tokens';
import { touching } from '../tokens';
import type { CompanyMention } from '../types';
import { canonicalOf, nameWord } from '../name-words';
import { hasPlaceWord } from './local-places';
import { FIRST_NAMES } from '../deal-roles';
import type { LangRules } from './types';

/** "het Amsterdamse Foo", "das Leipziger Start-up Foo": an article, then an adjective made from a place. */
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'het', 'de', 'een', 'ein', 'eine', 'einem']);
const PLACE_ADJECTIVE: Record<string, RegExp> = { de: /^\p{Lu}\p{Ll}+er$/u, nl: /^\p{Lu}\p{Ll}+(se|sche)$/u };

/** Words that name no company alone: "Duitse AI" is no company "AI". */
const GENERIC_WORDS = new Set(['AI', 'KI', 'IA', 'IT', 'Data', 'Cloud', 'Tech', 'Compute']);
/** Lead nouns that also describe people ("le client Jean Dupont"): only a one-word name follows them. */
const PERSON_LEADS = [
  'client',
  'cliente',
  'klant',
  'investisseur',
  'investor',
  'investeerder',
  'concurrent',
  'rivale',
  'spezialist',
  'spécialiste',
  'entwickler',
  'aktionär',
];
/** German nouns a descriptor is often followed by ("liefert dem Betreiber Strom", "Anfang März"). */
const GERMAN_NOUNS = new Set(
  (
    'Strom Energie Geld Kapital Daten Platz Zugang Zugriff Anteile Aktien Gewinne Umsatz Kredit Kredite Chips ' +
    'Server Anfang Ende Mitte Jahr Millionen Milliarden Euro Dollar Januar Februar März April Mai Juni Juli ' +
    'August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'
  ).split(' '),
);
/** German nouns by their ending ("Finanzierung", "Kapazität"): capitalized like a name, never one. */
const GERMAN_NOUN = /(ung|heit|keit|schaft|tion|tät|nis|ismus)$/;

/** The noun (or compound ending) at token i that leads a name; returns the token after it, or -1. */
function leadEnd(tokens: Token[], i: number, rules: LangRules): number {
  const t = tokens[i];
  if (t.kind !== 'word') return -1;
  const lower = t.text.toLowerCase();
  // "Start-up", "start-up": three tokens read as one noun.
  if (tokens[i + 1]?.text === '-' && touching(t, tokens[i + 1]) && touching(tokens[i + 1], tokens[i + 2])) {
    const joined = lower + '-' + (tokens[i + 2]?.text.toLowerCase() ?? '');
    if (rules.nameLeads?.includes(joined) || rules.descriptorNouns?.includes(joined)) return i + 3;
  }
  if (rules.nameLeads?.includes(lower) && t.text === lower) return i + 1;
  const compound = rules.descriptorNouns?.some((n) => lower.endsWith(n));
  const capitalized = rules.code !== 'de' || /^\p{Lu}/u.test(t.text);
  return compound && capitalized ? i + 1 : -1;
}

/** Lower-case adjectives after the noun ("parisienne", "energetico", "tecnológico"): two at most, no linker. */
function skipAdjectives(tokens: Token[], j: number, rules: LangRules): number {
  const stop = (w: string) => rules.prepositions?.includes(w) || rules.linkers?.includes(w);
  for (let n = 0; n < 2; n++) {
    const w = tokens[j];
    if (!w || w.kind !== 'word' || w.text !== w.text.toLowerCase() || stop(w.text)) break;
    if (!(rules.adjectiveEndings ?? []).some((e) => w.text.endsWith(e))) break;
    j++;
  }
  return j;
}

/** Capitalized words from `from`, at most `max`, in one sentence. */
function nameEnd(tokens: Token[], from: number, max: number): number {
  let to = from;
  while (
    to - from < max &&
    tokens[to]?.kind === 'word' &&
    nameWord(tokens[to]) &&
    tokens[to].sentence === tokens[from].sentence
  )
    to++;
  return to;
}

/** German capitalizes every noun: "dem Start-up Zugriff auf" is no name. A one-word name seen once must not run
 *  into a preposition, and no word of it may end like an abstract noun. */
function germanName(seen: Map<string, number>, tokens: Token[], from: number, to: number, rules: LangRules): boolean {
  for (let k = from; k < to; k++)
    if (GERMAN_NOUN.test(tokens[k].text) || GERMAN_NOUNS.has(tokens[k].text)) return false;
  const next = tokens[to]?.text.toLowerCase() ?? '';
  if (to - from > 1 || !(rules.prepositions ?? []).includes(next)) return true;
  return (seen.get(tokens[from].text) ?? 0) > 1;
}

/** Names led by a descriptor noun or a place adjective, as mentions (not yet checked against other finds). */
export function findLedNames(text: string, tokens: Token[], rules: LangRules): CompanyMention[] {
  const out: CompanyMention[] = [];
  const placeAdjective = PLACE_ADJECTIVE[rules.code];
  // How often each word occurs: a name seen once needs more evidence than one the text comes back to.
  const seen = new Map<string, number>();
  for (const t of tokens) if (t.kind === 'word') seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    let from = -1;
    const lead = leadEnd(tokens, i, rules);
    if (lead > 0) from = skipAdjectives(tokens, lead, rules);
    else if (
      placeAdjective &&
      rules.code === 'nl' &&
      tokens[i].text.toLowerCase() === 'het' &&
      placeAdjective.test(tokens[i + 1]?.text ?? '')
    )
      from = i + 2;
    const first = tokens[from];
    if (from < 0 || first?.kind !== 'word' || !nameWord(first) || first.sentence !== tokens[i].sentence) continue;
    if (GENERIC_WORDS.has(first.text) || (lead > 0 && leadEnd(tokens, from, rules) > 0)) continue;
    const person = lead > 0 && PERSON_LEADS.some((p) => tokens[lead - 1].text.toLowerCase().endsWith(p));
    const to = nameEnd(tokens, from, person ? 1 : rules.code === 'de' ? 2 : 3);
    // "der Investor Peter Thiel": a two-word name after such a noun is a person's.
    if (person && nameEnd(tokens, from, 2) > to) continue;
    const named = tokens.slice(from, to).map((t) => t.text);
    if (hasPlaceWord(named) || (lead < 0 && (seen.get(named[0]) ?? 0) < 2)) continue;
    if (rules.code === 'de' && !germanName(seen, tokens, from, to, rules)) continue;
    if (to - from > 1 && FIRST_NAMES.has(tokens[from].text)) continue;
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    out.push({ type: 'company', text: text.slice(start, end), start, end, canonical: canonicalOf(tokens, from, to) });
    i = to - 1;
  }
  return out;
}

/** "Der Frankfurter Rechenzentrumsbetreiber Foo GmbH" → "Foo GmbH": articles, place adjectives after an
 *  article and descriptor nouns that the English rules took into a name stay out of it. */
export function withoutLeadWords(m: CompanyMention, text: string, rules: LangRules): CompanyMention[] {
  const words = m.text.split(/(\s+)/);
  const placeAdjective = PLACE_ADJECTIVE[rules.code];
  const isDescriptor = (w: string) => (rules.descriptorNouns ?? []).some((n) => w.toLowerCase().endsWith(n));
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? '';
  let articled = ARTICLES.has(before.toLowerCase());
  let k = 0;
  for (; k < words.length; k += 2) {
    const w = words[k];
    const article = ARTICLES.has(w.toLowerCase());
    const last = k === words.length - 1;
    if (!(
      article ||
      isDescriptor(w) ||
      (articled && !last && m.canonical.split(' ').includes(w) && placeAdjective?.test(w))
    ))
      break;
    articled = article;
  }
  if (k === 0) return [m];
  if (k >= words.length || (k === words.length - 1 && GENERIC_WORDS.has(words[k]))) return [];
  const cut = words.slice(0, k).join('').length;
  const rest = m.text.slice(cut);
  // A canonical name from the dictionary keeps its own words; one read off the page loses the same words.
  const own = m.canonical.startsWith(words[0]);
  const canonical = own
    ? m.canonical
        .split(' ')
        .slice(k / 2)
        .join(' ')
    : m.canonical;
  return [{ ...m, start: m.start + cut, text: rest, canonical: canonical || rest }];
}
