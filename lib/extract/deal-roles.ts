// Companies by their role in a deal: "Nvidia-backed Foo", "a round led by Foo", "funding from Foo and
// Bar", "a stake in Foo", "a joint venture of Foo and Bar", "a contract with Foo", "with Foo and Bar
// participating". People lead rounds too: a two-word name that starts with a given name is a person.
import type { Token } from './tokens';
import { legalSuffixEnd } from './companies';
import { PLACES } from './places';
import { canonicalOf, nameAfter, nameWord, placeOnly, ROLE_NOUNS, type FoundName } from './name-words';

/** Agreements whose counterparty, named right after "with", is an organization. */
const AGREEMENTS = new Set([
  'deal',
  'agreement',
  'contract',
  'partnership',
  'pact',
  'alliance',
  'tie-up',
  'collaboration',
  'accord',
  'memorandum',
  'MoU',
  'MOU',
  'lease',
  'merger',
]);

/** "-backed", "-owned": what a backer or owner makes of the name after it. */
export const BACKING = new Set(['backed', 'owned', 'funded', 'controlled']);
const FUNDING_NOUNS = new Set([
  'round',
  'funding',
  'financing',
  'investment',
  'investments',
  'backing',
  'capital',
  'raise',
  'raised',
  'raising',
  'tranche',
  'extension',
  'participation',
]);

/** Common given names: a name that starts with one is a person ("led by Sam Altman"), not a firm. */
export const FIRST_NAMES = new Set(
  (
    'Adam Alan Alex Alexander Alexandr Alfred Amy Andrew Andy Anne Anthony Arthur Ben Benjamin Bill Bob Brad ' +
    'Brian Bruce Carl Charles Charlie Chris Christopher Dan Daniel Dario Dave David Demis Elad Elon Emily ' +
    'Eric Frank Gary George Greg Henry Ilya Jack James Jane Jason Jeff Jeffrey Jennifer Jensen Jim Joe John ' +
    'Jonathan Joseph Josh Kevin Larry Lisa Marc Marcus Mark Martin Mary Masayoshi Matt Matthew Michael Mike ' +
    'Mukesh Mustafa Naveen Nick Paul Peter Reid Richard Robert Ron Ryan Sam Sarah Satya Scott Sergey Steve ' +
    'Steven Sundar Thomas Tim Tom Vinod Warren William Yann'
  ).split(' '),
);

/** Titles before a person's name: "led by Chief Executive Jane Roe". */
const TITLES = new Set([
  'Chief',
  'Executive',
  'Founder',
  'Cofounder',
  'Director',
  'Managing',
  'Senior',
  'Vice',
  'Prime',
  'Minister',
  'Secretary',
  'Governor',
  'Senator',
  'Dr',
  'Sir',
  'Lord',
  'Sheikh',
  'Prince',
  'King',
  'Crown',
]);

/** Token index where a list of deal-role names starts ("led by |Foo", "a stake in |Foo"), or i. */
export function dealListLead(tokens: Token[], i: number): number {
  const w = tokens[i].text;
  const next = tokens[i + 1]?.text ?? '';
  const sentence = tokens[i].sentence;
  const near = (back: number, words: ReadonlySet<string>) => {
    for (let k = i - 1; k >= Math.max(0, i - back) && tokens[k].sentence === sentence; k--)
      if (words.has(tokens[k].text.toLowerCase())) return true;
    return false;
  };
  if (w === 'led' && next === 'by' && near(8, FUNDING_NOUNS)) return i + 2;
  if (w === 'from' && near(4, FUNDING_NOUNS)) return i + 1;
  if (w === 'stake' && next === 'in') return i + 2;
  // "a $9.7 billion contract with IREN", "a partnership with Foo and Bar".
  if (AGREEMENTS.has(w) && next === 'with') return i + 2;
  // "with Foo Capital, Bar and Baz participating": a list of names that ends in "participating".
  if (w === 'with' && near(12, FUNDING_NOUNS)) {
    for (let k = i + 1; k < i + 14 && tokens[k]?.sentence === sentence; k++) {
      const x = tokens[k].text;
      if (x === 'participating' || (x === 'also' && tokens[k + 1]?.text === 'participating')) return i + 1;
      if (!(nameWord(tokens[k]) || x === ',' || x === 'and' || x === '&' || tokens[k].kind === 'num')) break;
    }
  }
  if (w === 'venture' && (next === 'of' || next === 'between') && tokens[i - 1]?.text === 'joint') return i + 2;
  return i;
}

/** Lower-case words from token k up to a role noun ("chip equipment giant"): a description. */
function describes(tokens: Token[], k: number): boolean {
  for (let m = k; m < k + 5 && tokens[m]?.kind === 'word' && tokens[m].text === tokens[m].text.toLowerCase(); m++) {
    if (ROLE_NOUNS.has(tokens[m].text)) return true;
  }
  return false;
}

/** Names listed from token j ("Foo, Bar Capital and Baz"), each pushed as a company; returns the end. */
export function namesAfter(tokens: Token[], j: number, found: FoundName[]): number {
  const start = j;
  for (let items = 0; items < 6; items++) {
    if (!nameWord(tokens[j]) || PLACES.has(tokens[j].text) || tokens[j].sentence !== tokens[start].sentence) break;
    const to = nameAfter(tokens, j);
    const person = (FIRST_NAMES.has(tokens[j].text) && to - j >= 2) || TITLES.has(tokens[j].text);
    // "led by Dutch chip equipment giant ASML": a descriptor; the role-noun rule finds the name.
    if (describes(tokens, to)) break;
    if (!person && !placeOnly(tokens, j, to)) found.push({ from: j, to, canonical: canonicalOf(tokens, j, to) });
    j = legalSuffixEnd(tokens, to);
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.text === 'and' || tokens[j]?.text === 'or') j++;
    else if (tokens[j - 1]?.text !== ',') break;
  }
  return j;
}
