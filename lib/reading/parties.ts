// Which companies of a clause take part in its deal, and where they stand: subject (before the cue),
// or object after it with the preposition that introduces it ("from", "by", "with", "to", "in", "of").
import type { CompanyMention } from '../extract/types';
import type { DocMention } from '../extract/document';
import { inAside } from './asides';
import type { Clause } from './clauses';
import { lower } from './clauses';
import { FIRST_NAMES } from '../extract/deal-roles';

export type Company = DocMention & CompanyMention;
export interface Placed {
  c: Company;
  at: number;
  /** Preposition before an object ("" for a direct object or a subject). */
  prep: string;
}

/** News outlets cited for facts: never a party. */
const OUTLET_NAMES = new Set([
  'reuters',
  'bloomberg',
  'cnbc',
  'techcrunch',
  'kyodo',
  'nikkei',
  'axios',
  'the information',
  'financial times',
  'the financial times',
  'the wall street journal',
  'wall street journal',
  'the new york times',
  'new york times',
  'south china morning post',
  'rttnews',
  'panews',
]);

/** Nouns after "X's" that make X a party ("Oracle's cloud", "Foo's $2bn deal"); other possessives are not. */
const PARTY_POSSESSIONS = new Set(
  (
    'cloud contract deal agreement acquisition purchase investment round fundraising stake offer bid takeover unit ' +
    'plant plants farm farms campus campuses site sites facility facilities fleet station capacity portfolio'
  ).split(' '),
);
const PREPS = new Set(['from', 'by', 'with', 'to', 'in', 'into', 'of', 'for', 'including', 'and', 'through', 'on']);
/** Nouns that say what a company is, right before its name: "from private equity firm Foo", "by the pension investor
 *  Foo". */
export const DESCRIPTOR_NOUNS = new Set(
  (
    'firm investor investors fund manager group company giant conglomerate operator developer provider startup ' +
    'start-up lab maker utility carrier chipmaker manufacturer supplier builder insurer bank lender automaker ' +
    'retailer producer owner rival hyperscaler'
  ).split(' '),
);

/** The word before a company's name, past articles and a descriptor ("from private equity firm Foo" → "from"). */
function wordBefore(clause: Clause, at: number): string {
  let k = at - 1;
  while (k >= 0 && /^(the|a|an|its|their|,)$/.test(lower(clause.tokens, k))) k--;
  if (!DESCRIPTOR_NOUNS.has(lower(clause.tokens, k))) return lower(clause.tokens, k);
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const w = lower(clause.tokens, j);
    if (PREPS.has(w)) return w;
    if (clause.tokens[j].kind !== 'word' && clause.tokens[j].text !== '-') break;
  }
  return lower(clause.tokens, k);
}

function eligible(clause: Clause, c: Company, at: number, gpuSpans: DocMention[]): boolean {
  if (OUTLET_NAMES.has(c.canonical.toLowerCase())) return false;
  // "Jony Ive": a person's name is never a party.
  const first = c.canonical.split(' ');
  if (first.length === 2 && FIRST_NAMES.has(first[0])) return false;
  if (gpuSpans.some((g) => g.start <= c.start && c.end <= g.end)) return false;
  const t = clause.tokens;
  let k = at;
  while (k < t.length && t[k].end <= c.end) k++;
  if ((t[k]?.text === "'" || t[k]?.text === '’') && lower(t, k + 1) === 's') {
    for (let j = k + 2; j < k + 12 && j < t.length && !/^[,.;]$/.test(t[j].text); j++)
      if (PARTY_POSSESSIONS.has(lower(t, j))) return true;
    return false;
  }
  // "Qualcomm rack systems", "Nvidia chips": a vendor named inside a product phrase is still the seller.
  return true;
}

export function placeCompanies(clause: Clause): Placed[] {
  const gpus = clause.mentions.filter((x) => x.m.type === 'gpu').map((x) => x.m);
  const out: Placed[] = [];
  for (const { m, at } of clause.mentions) {
    if (m.type !== 'company') continue;
    const c = m as Company;
    if (!eligible(clause, c, at, gpus) || inAside(clause.asides, at)) continue;
    const before = wordBefore(clause, at);
    // List members inherit the preposition of the list: "led by Foo, Bar and Baz".
    const prev = out[out.length - 1];
    const inList = prev && (before === 'and' || clause.tokens[at - 1]?.text === ',') && prev.at >= at - 8;
    out.push({ c, at, prep: inList && prev.prep ? prev.prep : PREPS.has(before) && before !== 'and' ? before : '' });
  }
  return out;
}
