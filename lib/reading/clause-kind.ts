// A clause's deal kind: the cue's own kind, else what the words after it say is bought (kind-words.ts),
// with the verbs that turn a purchase or sale into an acquisition when a company is what changes hands.
import type { Clause } from './clauses';
import type { CueHit } from './find-cue';
import { kindFromWords } from './kind-words';
import type { Placed } from './parties';
import type { DealKind } from './types';

const BUYING = new Set('buy buys buying bought purchase purchases purchasing purchased'.split(' '));
/** Verbs of the buying class that pay or choose a supplier and never buy the company they name (the
 *  English words; another language's glossed verbs read as these). */
const PAYING = new Set(
  (
    'pay pays paying paid tapped taps chose picked selected deploy deploys reserve reserves reserved reserving ' +
    'ordered'
  ).split(' '),
);
/** Words that make bought GPUs rented capacity rather than shipped chips. */
const RENTAL = new Set(
  'rent rents renting rented rental rentals lease leases leasing leased capacity access compute colocation hours'.split(
    ' ',
  ),
);
/** "sell its networking chip business", "bought the company's cloud unit": a part of a company changing hands
 *  is an acquisition, whatever the part makes. */
const UNIT_NOUNS = new Set(['business', 'businesses', 'unit', 'division', 'arm', 'subsidiary', 'operations']);
export function unitTraded(words: string[], from: number): boolean {
  const owner = words.slice(from, from + 2).some((w) => /^(its|their|the)$/.test(w));
  return owner && words.slice(from, from + 7).some((w) => UNIT_NOUNS.has(w));
}

/** "buy the company": an acquisition even when the target's name is not repeated. */
const COMPANY_NOUNS = new Set(['company', 'startup', 'firm', 'business', 'unit', 'rival', 'maker']);

/** Index of the first clause token at or after offset `end`. */
function tokenAfter(clause: Clause, end: number): number {
  const k = clause.tokens.findIndex((t) => t.start >= end);
  return k < 0 ? clause.tokens.length : k;
}

export function kindOfClause(clause: Clause, words: string[], hit: CueHit, objects: Placed[]): DealKind | undefined {
  const directCompany = objects.find((o) => (o.prep === '' || o.prep === 'of') && o.at >= hit.to && o.at <= hit.to + 3);
  const directNoun = words.slice(hit.to, hit.to + 3).some((w) => COMPANY_NOUNS.has(w));
  // What is bought: the words from the cue to the next ", and" (a second thing named), else the head a relative
  // clause describes ("18,000 chips that Foo agreed to buy through Bar").
  const end = words.findIndex((w, k) => k > hit.at && w === ',' && words[k + 1] === 'and');
  const that = words.lastIndexOf('that', hit.at);
  const boughtWords =
    kindFromWords(words.slice(hit.at, end < 0 ? undefined : end), clause, hit.at) ??
    (that > 0 ? kindFromWords(words.slice(0, that), clause) : undefined);
  // "buy Foo, a maker of cooling systems, for $340m": a company bought whole, whatever its appositive says.
  const wholeCompany =
    BUYING.has(words[hit.at]) &&
    directCompany &&
    /^(,|for|in|\.|)$/.test(words[tokenAfter(clause, directCompany.c.end)] ?? '');
  let kind = hit.cue.kind ?? boughtWords ?? kindFromWords(words, clause);
  // "buy 40,000 accelerators for a new cluster": chips bought are a chip order unless renting is said.
  const chipsBought = clause.mentions.some((x) => x.m.type === 'gpu' && x.at > hit.at);
  if (kind === 'compute-lease' && BUYING.has(words[hit.at]) && chipsBought && !words.some((w) => RENTAL.has(w)))
    kind = 'chip-supply';
  // Only a buying verb buys the company it names: "pays Foo $40m a month", "tapped Foo" pay a supplier.
  if (
    hit.cue.cls === 'buy' &&
    !PAYING.has(words[hit.at]) &&
    !hit.cue.kind &&
    (wholeCompany || ((directCompany || directNoun) && !boughtWords))
  )
    kind = 'acquisition';
  // "buy an 80% stake in a campus": a stake bought is an acquisition, whatever the stake is in.
  if ((hit.cue.cls === 'buy' || hit.cue.cls === 'sell') && words.slice(hit.to, hit.to + 5).includes('stake'))
    kind = 'acquisition';
  if (hit.cue.cls === 'sell' && (directCompany || objects.some((o) => o.prep === 'to')) && !boughtWords)
    kind = 'acquisition';
  if ((hit.cue.cls === 'sell' || BUYING.has(words[hit.at])) && unitTraded(words, hit.to)) kind = 'acquisition';
  if (hit.cue.cls === 'invest' && words.includes('round')) kind = 'funding-round';
  // "reserved 4,000 chips through Foo": chips rented through a platform are a cloud contract (DEALS.md).
  // (Chips bought through a reseller, "agreed to buy through Foo", stay a chip order.)
  const through = objects.some((o) => o.prep === 'through' && o.at > hit.at);
  if (hit.cue.cls === 'buy' && kind === 'chip-supply' && through && !BUYING.has(words[hit.at])) kind = 'cloud-contract';
  return kind;
}
