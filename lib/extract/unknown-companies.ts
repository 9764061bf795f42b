// Companies no list knows, found by their form: an organization suffix ("Sakura Internet Inc.",
// "Index Ventures", "Khazna Data Centers"), a role noun before the name ("software company SAP"),
// or an appositive after it ("Foo, the Amsterdam-based GPU cloud"). A name found once is then
// recognized everywhere else in the same text.
import type { Token } from './tokens';
import { isCapitalized, sentenceInitial, touching } from './tokens';
import { LEGAL_SUFFIXES, legalSuffixEnd } from './companies';
import { PLACES } from './places';

/** Words that end an organization's name and stay in its canonical name. */
const ORG_SUFFIXES = new Set(['Labs', 'Capital', 'Partners', 'Ventures', 'Technologies', 'Holdings', 'Investments', 'Fund', 'Semiconductor', 'Semiconductors', 'Networks', 'Robotics', 'Telecom', 'Telekom', 'Therapeutics', 'Bancorp', 'Microsystems', 'Dynamics', 'Electronics', 'Industries', 'Infrastructure', 'Computing', 'Datacenters', 'Global', 'Group', 'Energy']);
/** Two-word suffixes: "Data Centers", "Asset Management". */
const ORG_SUFFIX_PAIRS = new Set(['Data Centers', 'Data Centres', 'Asset Management', 'Capital Management', 'Cloud Services']);
/** Capitalized words that never start or belong to a company name found this way. */
const STOP = new Set([
  'Investors', 'Backers', 'Analysts', 'Shares', 'Rivals', 'Customers', 'Lenders', 'Officials', 'Executives', 'Meanwhile', 'Separately', 'Earlier', 'Later', 'Last', 'Next', 'Chipmaker', 'Startup', 'Sources', 'Participants', 'Including', 'Led', 'Also', 'Then',
  'GPU', 'GPUs', 'CPU', 'HPC', 'IT', 'LLM', 'The', 'A', 'An', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'According', 'After', 'Before', 'This', 'That', 'These', 'Its', 'Our', 'Their', 'His', 'Her', 'And', 'Or', 'But', 'As', 'If', 'When', 'While', 'Under', 'Over', 'Both', 'Existing', 'Rival', 'CEO', 'Chairman', 'President', 'Mr', 'Ms',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Series', 'Project', 'Q1', 'Q2', 'Q3', 'Q4',
  'MW', 'GW', 'kW', 'W', 'MWh', 'GWh', 'TWh', 'kWh',
  'US', 'U', 'UK', 'EU', 'European', 'American', 'British', 'French', 'German', 'Chinese', 'Japanese', 'Indian', 'Korean', 'National', 'Federal', 'State', 'Government', 'Ministry', 'Department', 'Union', 'Commission', 'Agency', 'Council', 'Authority', 'Bureau', 'Office',
]);
/** Two-letter legal forms that are no English word or common abbreviation ("Verda Oy", "Siemens AG");
 *  "SA", "SE", "NV", "Co" alone are too often something else. */
const SHORT_LEGAL = new Set(['Oy', 'AG', 'BV', 'AB', 'KK']);

/** Capitalized words after an organization suffix that make the whole a facility, not a company:
 *  "Crane Clean Energy Center", "Foo Data Centers Campus". */
const FACILITY_WORDS = new Set(['Center', 'Centre', 'Campus', 'Park', 'Plant', 'Station', 'Facility', 'Project', 'Complex', 'Hub', 'Site']);
/** Words before a role noun that make it a verb: "will fund Colossus", "to partner OpenAI". */
const VERB_LEAD = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'helped', 'help', 'helps']);

/** Role nouns that also describe people ("investor Peter Thiel"): only a one-word name follows them. */
const PERSON_ROLES = new Set(['investor', 'partner', 'rival', 'customer', 'owner', 'specialist', 'manager', 'backer', 'developer', 'designer', 'builder', 'peer', 'competitor', 'supplier', 'vendor', 'contractor', 'integrator']);
const ROLE_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'operator', 'provider', 'maker', 'chipmaker', 'developer', 'giant', 'rival', 'investor', 'lender', 'bank', 'partner', 'customer', 'lab', 'conglomerate', 'carrier', 'outfit', 'subsidiary', 'specialist', 'owner', 'supplier', 'vendor', 'neocloud', 'hyperscaler', 'insurer', 'manager', 'backer', 'fund', 'unicorn', 'competitor', 'peer', 'contractor', 'integrator', 'miner', 'builder', 'designer', 'platform']);
const APPOSITIVE_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'operator', 'provider', 'maker', 'chipmaker', 'developer', 'cloud', 'lab', 'unicorn', 'subsidiary', 'unit', 'venture', 'business', 'investor', 'fund', 'manager', 'specialist', 'supplier', 'neocloud', 'hyperscaler', 'builder', 'designer', 'group', 'conglomerate']);

/** Things only a company has: "Foo's shares", "Foo's former LCD plant", "Foo's chief executive". */
const COMPANY_BELONGINGS = new Set(['shares', 'stock', 'shareholders', 'revenue', 'revenues', 'sales', 'profit', 'earnings', 'plant', 'fab', 'fabs', 'subsidiary', 'subsidiaries', 'division', 'valuation', 'headquarters', 'IPO', 'customers', 'backlog', 'capex']);

export interface FoundName {
  from: number;
  to: number;
  canonical: string;
  /** Found by an organization suffix ("... Heavy Industries"). */
  bySuffix?: boolean;
}

export function nameWord(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'num') && (isCapitalized(t.text) || /^[0-9]/.test(t.text)) && !STOP.has(t.text);
}

/** A name made only of place words ("Texas", "Abu Dhabi") is a place, not a company. */
function placeOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PLACES.has(tokens[k].text)) return false;
  return true;
}

/** Capitalized words ending just before token `end` (exclusive), at most four, none a stop word. */
function nameBefore(tokens: Token[], end: number): number {
  let from = end;
  while (from > 0 && end - from < 4) {
    const t = tokens[from - 1];
    if (t.text === '&' && from - 1 > 0 && nameWord(tokens[from - 2])) { from--; continue; }
    if (!nameWord(t) || t.sentence !== tokens[end - 1]?.sentence) break;
    from--;
  }
  while (from < end && tokens[from].text === '&') from++;
  return from;
}

const DOMAINS = new Set(['ai', 'com', 'io', 'co', 'net', 'org']);

/** Capitalized words starting at `from`, at most three, with a glued domain ("Vast.ai"). */
function nameAfter(tokens: Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < 3 && nameWord(tokens[to]) && tokens[to].sentence === tokens[from].sentence) to++;
  if (to > from && tokens[to]?.text === '.' && touching(tokens[to - 1], tokens[to]) && DOMAINS.has(tokens[to + 1]?.text ?? '') && touching(tokens[to], tokens[to + 1])) to += 2;
  return to;
}

/** Plural nouns whose examples are companies: "startups such as Foo and Bar". */
const COMPANY_KINDS = new Set(['startups', 'companies', 'firms', 'providers', 'clouds', 'neoclouds', 'investors', 'labs', 'operators', 'chipmakers', 'hyperscalers', 'rivals', 'customers', 'backers', 'developers', 'lenders', 'banks', 'funds', 'suppliers', 'vendors', 'competitors', 'players', 'groups', 'names']);

/** "startups ... such as Foo, Bar and Baz" / "investors including Foo and Bar": the listed names. */
function examplesAfter(tokens: Token[], i: number, found: FoundName[]): number {
  let kind = false;
  for (let k = i - 1; k >= Math.max(0, i - 12) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (COMPANY_KINDS.has(tokens[k].text.toLowerCase())) { kind = true; break; }
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

/** Agreements whose counterparty, named right after "with", is an organization. */
const AGREEMENTS = new Set(['deal', 'agreement', 'contract', 'partnership', 'pact', 'alliance', 'tie-up', 'collaboration', 'accord', 'memorandum', 'MoU', 'MOU', 'lease', 'merger']);

/** "-backed", "-owned": what a backer or owner makes of the name after it. */
const BACKING = new Set(['backed', 'owned', 'funded', 'controlled']);
const FUNDING_NOUNS = new Set(['round', 'funding', 'financing', 'investment', 'investments', 'backing', 'capital', 'raise', 'raised', 'raising', 'tranche', 'extension', 'participation']);

/** Common given names: a name that starts with one is a person ("led by Sam Altman"), not a firm. */
export const FIRST_NAMES = new Set((
  'Adam Alan Alex Alexander Alexandr Alfred Amy Andrew Andy Anne Anthony Arthur Ben Benjamin Bill Bob Brad Brian Bruce Carl Charles ' +
  'Charlie Chris Christopher Dan Daniel Dario Dave David Demis Elad Elon Emily Eric Frank Gary George Greg Henry Ilya Jack James Jane ' +
  'Jason Jeff Jeffrey Jennifer Jensen Jim Joe John Jonathan Joseph Josh Kevin Larry Lisa Marc Marcus Mark Martin Mary Masayoshi Matt ' +
  'Matthew Michael Mike Mukesh Mustafa Naveen Nick Paul Peter Reid Richard Robert Ron Ryan Sam Sarah Satya Scott Sergey Steve Steven ' +
  'Sundar Thomas Tim Tom Vinod Warren William Yann'
).split(' '));

/** Token index where a list of deal-role names starts ("led by |Foo", "a stake in |Foo"), or i. */
function dealListLead(tokens: Token[], i: number): number {
  const w = tokens[i].text;
  const next = tokens[i + 1]?.text ?? '';
  const sentence = tokens[i].sentence;
  const near = (back: number, words: ReadonlySet<string>) => {
    for (let k = i - 1; k >= Math.max(0, i - back) && tokens[k].sentence === sentence; k--) if (words.has(tokens[k].text.toLowerCase())) return true;
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
function namesAfter(tokens: Token[], j: number, found: FoundName[]): number {
  const start = j;
  for (let items = 0; items < 6; items++) {
    if (!nameWord(tokens[j]) || PLACES.has(tokens[j].text) || tokens[j].sentence !== tokens[start].sentence) break;
    const to = nameAfter(tokens, j);
    const person = FIRST_NAMES.has(tokens[j].text) && to - j >= 2;
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

function canonicalOf(tokens: Token[], from: number, to: number): string {
  let end = to;
  while (end > from + 1 && (LEGAL_SUFFIXES.has(tokens[end - 1].text) || tokens[end - 1].text === '.' || tokens[end - 1].text === ',' || tokens[end - 1].text === '&')) end--;
  let s = '';
  for (let k = from; k < end; k++) s += (k > from && !touching(tokens[k - 1], tokens[k]) ? ' ' : '') + tokens[k].text;
  return s;
}

/** Unknown companies found by form, in token order (overlaps with known mentions removed later). */
export function findUnknownCompanies(tokens: Token[], known: ReadonlySet<string> = new Set()): FoundName[] {
  const found: FoundName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // 1. Suffix: "... Inc.", "... Ventures", "... Data Centers"
    const pair = i + 1 < tokens.length ? t.text + ' ' + tokens[i + 1].text : '';
    const isPair = ORG_SUFFIX_PAIRS.has(pair);
    const legal = LEGAL_SUFFIXES.has(t.text) && t.text !== 'Company' && (t.text.length > 2 || SHORT_LEGAL.has(t.text) || (t.text === 'Co' && tokens[i + 1]?.text === '.' && touching(t, tokens[i + 1])));
    const facility = FACILITY_WORDS.has(tokens[i + (isPair ? 2 : 1)]?.text ?? '');
    if ((isPair || ORG_SUFFIXES.has(t.text) || legal) && !facility) {
      const from = nameBefore(tokens, tokens[i - 1]?.text === ',' && legal ? i - 1 : i);
      const nameEnd = tokens[i - 1]?.text === ',' && legal ? i - 1 : i;
      if (from < nameEnd && !(from === nameEnd - 1 && sentenceInitial(tokens, from) && !legal && !isPair && nameEnd - from < 1)) {
        const to = Math.max(i + 1, legal ? legalSuffixEnd(tokens, nameEnd) : isPair ? i + 2 : legalSuffixEnd(tokens, i + 1));
        found.push({ from, to, canonical: canonicalOf(tokens, from, legal ? nameEnd : to), bySuffix: true });
        i = to - 1;
        continue;
      }
    }
    // Examples of a company kind: "such as", "including", "like".
    const lead = t.text === 'such' && tokens[i + 1]?.text === 'as' ? i + 1 : t.text === 'including' || t.text === 'like' ? i : -1;
    if (lead >= 0) {
      const next = examplesAfter(tokens, lead, found);
      if (next > lead + 1) { i = next - 1; continue; }
    }
    // 2. Role noun before a capitalized name: "software company SAP", "British operator Nscale".
    if (ROLE_NOUNS.has(t.text.toLowerCase()) && t.text === t.text.toLowerCase() && !VERB_LEAD.has(tokens[i - 1]?.text ?? '') && nameWord(tokens[i + 1]) && !touching(t, tokens[i + 1])) {
      const to = nameAfter(tokens, i + 1);
      if ((to - (i + 1) === 1 || !PERSON_ROLES.has(t.text)) && !placeOnly(tokens, i + 1, to)) {
        found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
        i = to - 1;
        continue;
      }
    }
    // "Analysts at Bernstein": a research house or bank.
    if ((t.text === 'at' || t.text === 'from') && /^(analysts?|economists?|strategists?)$/i.test(tokens[i - 1]?.text ?? '') && nameWord(tokens[i + 1]) && !PLACES.has(tokens[i + 1].text)) {
      const to = nameAfter(tokens, i + 1);
      found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
      i = to - 1;
      continue;
    }
    // 3. "Lisbon-based Veltra Compute": a place-based descriptor right before a capitalized name.
    // ("the Lisbon-based GPU cloud" is a description, not a name: no article before it)
    // ("Arm-based Graviton": based on a company's technology, so what follows is a product)
    if (t.text === 'based' && tokens[i - 1]?.text === '-' && isCapitalized(tokens[i - 2]?.text ?? '') && !known.has(tokens[i - 2].text) && !/^(the|a|an)$/i.test(tokens[i - 3]?.text ?? '') && nameWord(tokens[i + 1]) && !PLACES.has(tokens[i + 1].text)) {
      const to = nameAfter(tokens, i + 1);
      found.push({ from: i + 1, to, canonical: canonicalOf(tokens, i + 1, to) });
      i = to - 1;
      continue;
    }
    // 3b. "Nvidia-backed Firebird", "SoftBank-owned Foo": a name qualified by its backer or owner.
    if (BACKING.has(t.text) && tokens[i - 1]?.text === '-' && touching(tokens[i - 1], t) && isCapitalized(tokens[i - 2]?.text ?? '') && nameWord(tokens[i + 1]) && !PLACES.has(tokens[i + 1].text) && tokens[i + 1].sentence === t.sentence) {
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
      if (next > dealLead) { i = next - 1; continue; }
    }
    // 4. "Sharp's former LCD plant", "Foo's shares": a possessive name owning what only a company has.
    if (nameWord(t) && !PLACES.has(t.text) && !sentenceInitial(tokens, i) && (tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’') && tokens[i + 2]?.text === 's' && touching(t, tokens[i + 1])) {
      let k = i + 3;
      for (let hops = 0; hops < 3 && tokens[k] && tokens[k].kind === 'word' && !COMPANY_BELONGINGS.has(tokens[k].text); hops++) k++;
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
          if (from <= i && !placeOnly(tokens, from, i + 1)) found.push({ from, to: i + 1, canonical: canonicalOf(tokens, from, i + 1) });
          break;
        }
      }
    }
  }
  return found;
}
