// Short forms: a text that introduces "Cipher Mining" or "Veltra Compute" often goes on with
// "Cipher" or "Veltra". After a multi-word name has appeared, its first word alone names the same
// company, unless that word is an ordinary one ("General", "Global", "Blue") or a place.
import type { CompanyMention } from './types';
import type { Token } from './tokens';
import { isCapitalized, touching } from './tokens';
import { PLACES } from './places';
import { firstIndex } from '../util/sorted';

export const ORDINARY_FIRST_WORDS = new Set([
  'General',
  'Global',
  'Applied',
  'Digital',
  'Public',
  'Blue',
  'Core',
  'Capital',
  'Kingdom',
  'Super',
  'Morgan',
  'Deutsche',
  'Bank',
  'The',
  'Black',
  'Silver',
  'Tiger',
  'Index',
  'Lake',
  'New',
  'North',
  'South',
  'East',
  'West',
  'United',
  'American',
  'British',
  'First',
  'Data',
  'Energy',
  'Power',
  'Cloud',
  'Open',
  'Safe',
  'Thinking',
  'Physical',
  'World',
  'Prime',
  'Together',
  'Scale',
  'Founders',
  'Pure',
  'Western',
  'Texas',
  'Tokyo',
  'Lam',
  'Bloom',
  'Commonwealth',
  'Southern',
  'Energy',
  'Brookfield',
  'Goldman',
  'Wells',
  'Hewlett',
  'Tata',
  'Fidelity',
  'Macquarie',
  'Mubadala',
  'Sequoia',
  'Salesforce',
  'Samsung',
  'Microsoft',
  'Google',
  'Amazon',
  'Oracle',
  'Nvidia',
  'NVIDIA',
  'Meta',
  'Intel',
  'Alibaba',
  'Tencent',
  'SoftBank',
  'SK',
  'LG',
  'Hon',
]);

/** Index of the first mention whose end is after `start` (binary search over sorted mentions). */
function firstEndingAfter(sorted: CompanyMention[], start: number): number {
  return firstIndex(sorted.length, (i) => sorted[i].end > start);
}

export function findShortForms(tokens: Token[], text: string, found: CompanyMention[]): CompanyMention[] {
  const forms = new Map<string, { canonical: string; after: number }>();
  for (const m of found) {
    const space = m.text.indexOf(' ');
    if (space < 0) continue;
    const first = m.text.slice(0, space);
    if (first.length < 3 || !/^[A-Z][A-Za-z0-9]*$/.test(first) || ORDINARY_FIRST_WORDS.has(first) || PLACES.has(first))
      continue;
    if (!forms.has(first)) forms.set(first, { canonical: m.canonical, after: m.end });
  }
  if (forms.size === 0) return [];
  const out: CompanyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const form = forms.get(t.text);
    if (!form || t.start < form.after) continue;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && isCapitalized(next.text) && !touching(t, next) && next.sentence === t.sentence)
      continue;
    if (touching(tokens[i - 1], t) && tokens[i - 1].kind !== 'punct') continue;
    const k = firstEndingAfter(found, t.start);
    if (k < found.length && found[k].start < t.end) continue;
    out.push({ type: 'company', text: t.text, start: t.start, end: t.end, canonical: form.canonical });
  }
  return out;
}
