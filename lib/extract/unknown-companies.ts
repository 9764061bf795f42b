// Companies no list knows, found by their form: an organization suffix ("Sakura Internet Inc.",
// "Index Ventures", "Khazna Data Centers"), a role noun before the name ("software company SAP"),
// or an appositive after it ("Foo, the Amsterdam-based GPU cloud"). A name found once is then
// recognized everywhere else in the same text.
import type { Token } from './tokens';
import { isCapitalized, sentenceInitial, touching } from './tokens';
import { legalSuffixEnd } from './companies';
import { LEGAL_SUFFIXES } from './company-words';
import { PLACES } from './places';
import { canonicalOf, nameAfter, nameBefore, nameWord, placeOnly, ROLE_NOUNS, type FoundName } from './name-words';
import { BACKING, dealListLead, FIRST_NAMES, namesAfter } from './deal-roles';

export { nameWord, type FoundName } from './name-words';

/** Words that end an organization's name and stay in its canonical name. */
const ORG_SUFFIXES = new Set([
  'Labs',
  'Capital',
  'Partners',
  'Ventures',
  'Technologies',
  'Holdings',
  'Investments',
  'Fund',
  'Semiconductor',
  'Semiconductors',
  'Networks',
  'Robotics',
  'Telecom',
  'Telekom',
  'Therapeutics',
  'Bancorp',
  'Microsystems',
  'Dynamics',
  'Electronics',
  'Industries',
  'Infrastructure',
  'Computing',
  'Datacenters',
  'Global',
  'Group',
  'Energy',
]);
/** Two-word suffixes: "Data Centers", "Asset Management". */
const ORG_SUFFIX_PAIRS = new Set([
  'Data Centers',
  'Data Centres',
  'Asset Management',
  'Capital Management',
  'Cloud Services',
]);
/** Their first words: the pair is only put together after one of these (every word of a page is looked at). */
const PAIR_STARTS = new Set([...ORG_SUFFIX_PAIRS].map((p) => p.split(' ')[0]));
/** Two-letter legal forms that are no English word or common abbreviation ("Verda Oy", "Siemens AG");
 *  "SA", "SE", "NV", "Co" alone are too often something else. */
const SHORT_LEGAL = new Set(['Oy', 'AG', 'BV', 'AB', 'KK']);

/** Capitalized words after an organization suffix that make the whole a facility, not a company:
 *  "Crane Clean Energy Center", "Foo Data Centers Campus". */
const FACILITY_WORDS = new Set([
  'Center',
  'Centre',
  'Campus',
  'Park',
  'Plant',
  'Station',
  'Facility',
  'Project',
  'Complex',
  'Hub',
  'Site',
]);
/** Words before a role noun that make it a verb: "will fund Colossus", "to partner OpenAI". */
const VERB_LEAD = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'helped',
  'help',
  'helps',
]);

/** Role nouns that also describe people ("investor Peter Thiel"): only a one-word name follows them. */
const PERSON_ROLES = new Set([
  'investor',
  'partner',
  'rival',
  'customer',
  'owner',
  'specialist',
  'manager',
  'backer',
  'developer',
  'designer',
  'builder',
  'peer',
  'competitor',
  'supplier',
  'vendor',
  'contractor',
  'integrator',
]);
const APPOSITIVE_NOUNS = new Set([
  'company',
  'firm',
  'startup',
  'start-up',
  'operator',
  'provider',
  'maker',
  'chipmaker',
  'developer',
  'cloud',
  'lab',
  'unicorn',
  'subsidiary',
  'unit',
  'venture',
  'business',
  'investor',
  'fund',
  'manager',
  'specialist',
  'supplier',
  'neocloud',
  'hyperscaler',
  'builder',
  'designer',
  'group',
  'conglomerate',
]);

/** Things only a company has: "Foo's shares", "Foo's former LCD plant", "Foo's chief executive". */
const COMPANY_BELONGINGS = new Set([
  'shares',
  'stock',
  'shareholders',
  'revenue',
  'revenues',
  'sales',
  'profit',
  'earnings',
  'plant',
  'fab',
  'fabs',
  'subsidiary',
  'subsidiaries',
  'division',
  'valuation',
  'headquarters',
  'IPO',
  'customers',
  'backlog',
  'capex',
]);

/** Plural nouns whose examples are companies: "startups such as Foo and Bar". */
const COMPANY_KINDS = new Set([
  'startups',
  'companies',
  'firms',
  'providers',
  'clouds',
  'neoclouds',
  'investors',
  'labs',
  'operators',
  'chipmakers',
  'hyperscalers',
  'rivals',
  'customers',
  'backers',
  'developers',
  'lenders',
  'banks',
  'funds',
  'suppliers',
  'vendors',
  'competitors',
  'players',
  'groups',
  'names',
]);

/** "startups ... such as Foo, Bar and Baz" / "investors including Foo and Bar": the listed names. */
function examplesAfter(tokens: Token[], i: number, found: FoundName[]): number {
  let kind = false;
  for (let k = i - 1; k >= Math.max(0, i - 12) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (COMPANY_KINDS.has(tokens[k].text.toLowerCase())) {
      kind = true;
      break;
    }
  }
  if (!kind) return i;
  let j = i + 1;
  for (let items = 0; items < 8; items++) {
    if (!nameWord(tokens[j]) || PLACES.has(tokens[j].text)) break;
    const to = nameAfter(tokens, j);
    found.push({ from: j, to, canonical: canonicalOf(tokens, j, to) });
    j = to;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.text === 'and' || tokens[j]?.text === 'or') j++;
    else if (tokens[j - 1]?.text !== ',') break;
  }
  return j;
}

/** Unknown companies found by form, in token order (overlaps with known mentions removed later). */
export function findUnknownCompanies(tokens: Token[], known: ReadonlySet<string> = new Set()): FoundName[] {
  const found: FoundName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // 1. Suffix: "... Inc.", "... Ventures", "... Data Centers"
    const isPair =
      PAIR_STARTS.has(t.text) && i + 1 < tokens.length && ORG_SUFFIX_PAIRS.has(t.text + ' ' + tokens[i + 1].text);
    const legal =
      LEGAL_SUFFIXES.has(t.text) &&
      t.text !== 'Company' &&
      (t.text.length > 2 ||
        SHORT_LEGAL.has(t.text) ||
        (t.text === 'Co' && tokens[i + 1]?.text === '.' && touching(t, tokens[i + 1])));
    const facility = FACILITY_WORDS.has(tokens[i + (isPair ? 2 : 1)]?.text ?? '');
    if ((isPair || ORG_SUFFIXES.has(t.text) || legal) && !facility) {
      const from = nameBefore(tokens, tokens[i - 1]?.text === ',' && legal ? i - 1 : i);
      const nameEnd = tokens[i - 1]?.text === ',' && legal ? i - 1 : i;
      if (
        from < nameEnd &&
        !(from === nameEnd - 1 && sentenceInitial(tokens, from) && !legal && !isPair && nameEnd - from < 1)
      ) {
        const to = Math.max(
          i + 1,
          legal ? legalSuffixEnd(tokens, nameEnd) : isPair ? i + 2 : legalSuffixEnd(tokens, i + 1),
        );
        found.push({ from, to, canonical: canonicalOf(tokens, from, legal ? nameEnd : to), bySuffix: true });
        i = to - 1;
        continue;
      }
    }
    // Examples of a company kind: "such as", "including", "like".
    const lead =
      t.text === 'such' && tokens[i + 1]?.text === 'as' ? i + 1 : t.text === 'including' || t.text === 'like' ? i : -1;
    if (lead >= 0) {
      const next = examplesAfter(tokens, lead, found);
      if (next > lead + 1) {
        i = next - 1;
        continue;
      }
    }
    // 2. Role noun before a capitalized name: "software company SAP", "British operator Nscale".
    if (
      // (a lower-case role noun: looked up as written, lowered only for a hit)
      ROLE_NOUNS.has(t.text) &&
      t.text === t.text.toLowerCase() &&
      !VERB_LEAD.has(tokens[i - 1]?.text ?? '') &&
      nameWord(tokens[i + 1]) &&
      !touching(t, tokens[i + 1])
    ) {
      const to = nameAfter(tokens, i + 1);
      if ((to - (i + 1) === 1 || !PERSON_ROLES.has(t.text)) && !placeOnly(tokens, i + 1, to)) {
        found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
        i = to - 1;
        continue;
      }
    }
    // "Analysts at Bernstein": a research house or bank.
    if (
      (t.text === 'at' || t.text === 'from') &&
      /^(analysts?|economists?|strategists?)$/i.test(tokens[i - 1]?.text ?? '') &&
      nameWord(tokens[i + 1]) &&
      !PLACES.has(tokens[i + 1].text)
    ) {
      const to = nameAfter(tokens, i + 1);
      found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
      i = to - 1;
      continue;
    }
    // 3. "Lisbon-based Veltra Compute": a place-based descriptor right before a capitalized name.
    // ("the Lisbon-based GPU cloud" is a description, not a name: no article before it)
    // ("Arm-based Graviton": based on a company's technology, so what follows is a product)
    if (
      t.text === 'based' &&
      tokens[i - 1]?.text === '-' &&
      isCapitalized(tokens[i - 2]?.text ?? '') &&
      !known.has(tokens[i - 2].text) &&
      !/^(the|a|an)$/i.test(tokens[i - 3]?.text ?? '') &&
      nameWord(tokens[i + 1]) &&
      !PLACES.has(tokens[i + 1].text)
    ) {
      const to = nameAfter(tokens, i + 1);
      found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
      i = to - 1;
      continue;
    }
    // 3b. "Nvidia-backed Firebird", "SoftBank-owned Foo": a name qualified by its backer or owner.
    if (
      BACKING.has(t.text) &&
      tokens[i - 1]?.text === '-' &&
      touching(tokens[i - 1], t) &&
      isCapitalized(tokens[i - 2]?.text ?? '') &&
      nameWord(tokens[i + 1]) &&
      !PLACES.has(tokens[i + 1].text) &&
      tokens[i + 1].sentence === t.sentence
    ) {
      const to = nameAfter(tokens, i + 1);
      if (to - (i + 1) === 1 || !FIRST_NAMES.has(tokens[i + 1].text)) {
        found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
        i = to - 1;
        continue;
      }
    }
    // 3c. Investors and partners by their role in a deal: "a round led by Foo", "funding from Foo and
    // Bar", "a stake in Foo", "a joint venture of Foo and Bar". People lead rounds too: a two-word
    // name that starts with a given name ("Eric Schmidt") is a person.
    const dealLead = dealListLead(tokens, i);
    if (dealLead > i) {
      const next = namesAfter(tokens, dealLead, found);
      if (next > dealLead) {
        i = next - 1;
        continue;
      }
    }
    // 4. "Sharp's former LCD plant", "Foo's shares": a possessive name owning what only a company has.
    if (
      nameWord(t) &&
      !PLACES.has(t.text) &&
      !sentenceInitial(tokens, i) &&
      (tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’') &&
      tokens[i + 2]?.text === 's' &&
      touching(t, tokens[i + 1])
    ) {
      let k = i + 3;
      for (
        let hops = 0;
        hops < 3 && tokens[k] && tokens[k].kind === 'word' && !COMPANY_BELONGINGS.has(tokens[k].text);
        hops++
      )
        k++;
      if (tokens[k] && COMPANY_BELONGINGS.has(tokens[k].text)) {
        // one-word names only: "Mark Zuckerberg's shares" belong to a person
        if (!nameWord(tokens[i - 1])) found.push({ from: i, to: i + 1, canonical: t.text });
        continue;
      }
    }
    // 5. "its Altera unit", "the Foo subsidiary": a business unit named by its owner.
    if (/^(its|their|the)$/.test(t.text) && nameWord(tokens[i + 1]) && !PLACES.has(tokens[i + 1].text)) {
      const to = nameAfter(tokens, i + 1);
      if (to - i <= 3 && /^(unit|subsidiary|division|affiliate)$/.test(tokens[to]?.text ?? '')) {
        found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
        i = to - 1;
        continue;
      }
    }
    // 6. Appositive: "Foo, the Amsterdam-based GPU cloud", "Foo, a G42 company".
    if (nameWord(t) && tokens[i + 1]?.text === ',' && /^(a|an|the)$/.test(tokens[i + 2]?.text ?? '')) {
      for (let k = i + 3; k < Math.min(tokens.length, i + 10); k++) {
        if (tokens[k].text === ',' || tokens[k].text === '.' || tokens[k].sentence !== t.sentence) break;
        // "Huang, the company's founder": a possessive means the noun is not the head.
        const possessive = tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === '’';
        if (APPOSITIVE_NOUNS.has(tokens[k].text.toLowerCase()) && !possessive) {
          const from = nameBefore(tokens, i + 1);
          if (from <= i && !placeOnly(tokens, from, i + 1))
            found.push({ from, to: i + 1, canonical: canonicalOf(tokens, from, i + 1) });
          break;
        }
      }
    }
  }
  return found;
}
