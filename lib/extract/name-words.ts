// Word-level tests shared by the rules that find companies by form: which capitalized words can
// be part of a name, how far a name runs, and what its canonical name is.
import type { Token } from './tokens';
import { isCapitalized, touching } from './tokens';
import { LEGAL_SUFFIXES } from './company-words';
import { PLACES } from './places';

/** Capitalized words that never start or belong to a company name found this way. */
const STOP = new Set([
  'Investors',
  'Backers',
  'Analysts',
  'Shares',
  'Rivals',
  'Customers',
  'Lenders',
  'Officials',
  'Executives',
  'Meanwhile',
  'Separately',
  'Earlier',
  'Later',
  'Last',
  'Next',
  'Chipmaker',
  'Startup',
  'Sources',
  'Participants',
  'Including',
  'Led',
  'Also',
  'Then',
  'GPU',
  'GPUs',
  'CPU',
  'HPC',
  'IT',
  'LLM',
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'With',
  'By',
  'From',
  'According',
  'After',
  'Before',
  'This',
  'That',
  'These',
  'Its',
  'Our',
  'Their',
  'His',
  'Her',
  'And',
  'Or',
  'But',
  'As',
  'If',
  'When',
  'While',
  'Under',
  'Over',
  'Both',
  'Existing',
  'Rival',
  'CEO',
  'Chairman',
  'President',
  'Mr',
  'Ms',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Series',
  'Project',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'MW',
  'GW',
  'kW',
  'W',
  'MWh',
  'GWh',
  'TWh',
  'kWh',
  'US',
  'U',
  'UK',
  'EU',
  'European',
  'American',
  'British',
  'French',
  'German',
  'Chinese',
  'Japanese',
  'Indian',
  'Korean',
  'National',
  'Federal',
  'State',
  'Government',
  'Ministry',
  'Department',
  'Union',
  'Commission',
  'Agency',
  'Council',
  'Authority',
  'Bureau',
  'Office',
]);

/** Nouns for what a company is: "software company SAP", "chip equipment giant ASML". */
export const ROLE_NOUNS = new Set([
  'company',
  'firm',
  'startup',
  'start-up',
  'operator',
  'provider',
  'maker',
  'chipmaker',
  'developer',
  'giant',
  'rival',
  'investor',
  'lender',
  'bank',
  'partner',
  'customer',
  'lab',
  'conglomerate',
  'carrier',
  'outfit',
  'subsidiary',
  'specialist',
  'owner',
  'supplier',
  'vendor',
  'neocloud',
  'hyperscaler',
  'insurer',
  'manager',
  'backer',
  'fund',
  'unicorn',
  'competitor',
  'peer',
  'contractor',
  'integrator',
  'miner',
  'builder',
  'designer',
  'platform',
]);

export interface FoundName {
  from: number;
  to: number;
  canonical: string;
  /** Found by an organization suffix ("... Heavy Industries"). */
  bySuffix?: boolean;
}

export function nameWord(t: Token | undefined): boolean {
  return (
    !!t &&
    (t.kind === 'word' || t.kind === 'num') &&
    (isCapitalized(t.text) || /^[0-9]/.test(t.text)) &&
    !STOP.has(t.text)
  );
}

/** A name made only of place words ("Texas", "Abu Dhabi") is a place, not a company. */
export function placeOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PLACES.has(tokens[k].text)) return false;
  return true;
}

/** Capitalized words ending just before token `end` (exclusive), at most four, none a stop word. */
export function nameBefore(tokens: Token[], end: number): number {
  let from = end;
  while (from > 0 && end - from < 4) {
    const t = tokens[from - 1];
    if (t.text === '&' && from - 1 > 0 && nameWord(tokens[from - 2])) {
      from--;
      continue;
    }
    if (!nameWord(t) || t.sentence !== tokens[end - 1]?.sentence) break;
    from--;
  }
  while (from < end && tokens[from].text === '&') from++;
  return from;
}

const DOMAINS = new Set(['ai', 'com', 'io', 'co', 'net', 'org']);

/** Capitalized words starting at `from`, at most three, with a glued domain ("Vast.ai"). */
export function nameAfter(tokens: Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < 3 && nameWord(tokens[to]) && tokens[to].sentence === tokens[from].sentence)
    to++;
  if (
    to > from &&
    tokens[to]?.text === '.' &&
    touching(tokens[to - 1], tokens[to]) &&
    DOMAINS.has(tokens[to + 1]?.text ?? '') &&
    touching(tokens[to], tokens[to + 1])
  )
    to += 2;
  return to;
}

export function canonicalOf(tokens: Token[], from: number, to: number): string {
  let end = to;
  while (
    end > from + 1 &&
    (LEGAL_SUFFIXES.has(tokens[end - 1].text) ||
      tokens[end - 1].text === '.' ||
      tokens[end - 1].text === ',' ||
      tokens[end - 1].text === '&')
  )
    end--;
  let s = '';
  for (let k = from; k < end; k++) s += (k > from && !touching(tokens[k - 1], tokens[k]) ? ' ' : '') + tokens[k].text;
  return s;
}
