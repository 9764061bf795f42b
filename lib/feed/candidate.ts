// A candidate deal record: what `feed propose` prints for a person to review and `feed add` merges
// into the sources. The record itself is in the feed's format; around it, the evidence it rests on
// and, when it matches a deal the feed has, which one and which fields differ. Pure.
import { FX_REFERENCE } from './fx-reference';
import { principalParties } from './parties';
import { FEED_FORMAT, FEED_VERSION } from './types';
import type { Deal } from './types';
import { validateFeed } from './validate';

export interface Candidate {
  /** null: a new deal. Otherwise the id of the feed's deal this one updates. */
  updateOf: string | null;
  /** For an update: the fields (dotted paths) where `deal` differs from the feed's record. */
  differs: string[];
  /** Always true from `propose`: a person checks the record against its source before `add`. */
  needsReview: boolean;
  /** The sentence the reading rests on, as the page has it. */
  evidence: string;
  /** The reading said the deal ended: retire it (tombstone) or note it, by hand. */
  ended?: boolean;
  deal: Deal;
}

/** Days between two YYYY-MM(-DD) dates; a month-only date counts as the 15th. */
function daysApart(a: string, b: string): number {
  const time = (d: string) => Date.parse(d.length === 7 ? `${d}-15` : d);
  return Math.abs(time(a) - time(b)) / 86_400_000;
}

const MATCH_WINDOW_DAYS = 120;

/** Kinds a report and a record can tell apart differently: renting GPUs is a "compute lease" to one
 *  writer and a "cloud contract" to another; a stake is an "investment" in one record and a
 *  "funding round" in another. Within a family, matching goes by parties and date. */
const KIND_FAMILY: Partial<Record<Deal['kind'], string>> = {
  'compute-lease': 'compute',
  'cloud-contract': 'compute',
  investment: 'capital',
  'funding-round': 'capital',
};
const family = (kind: Deal['kind']) => KIND_FAMILY[kind] ?? kind;

/** Same kind (or kind family), announced within the window, and the principal parties of one among
 *  the parties of the other (a report often names fewer investors than the record lists, and a
 *  headline fewer parties than the story). A candidate that names two principals needs a record
 *  that names two: Foo's lease from Bar is no update of Foo's own spending plan (one party). */
export function sameDeal(candidate: Deal, known: Deal): boolean {
  if (family(candidate.kind) !== family(known.kind)) return false;
  if (daysApart(candidate.announced, known.announced) > MATCH_WINDOW_DAYS) return false;
  const two = (d: Deal) => principalParties(d.parties).length >= 2;
  if (two(candidate) && !two(known)) return false;
  const within = (a: Deal, b: Deal) => {
    const names = new Set(b.parties.map((p) => p.name));
    return principalParties(a.parties).every((name) => names.has(name));
  };
  return within(candidate, known) || within(known, candidate);
}

/** Errors of one deal record, each with its JSON path below `at` ("candidates[2].deal.value.amount: …"). */
export function dealErrors(deal: unknown, at: string): string[] {
  const result = validateFeed({
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generatedAt: `${FX_REFERENCE.date}T00:00:00.000Z`,
    companies: [],
    deals: [deal],
    reference: { accelerators: [], fx: FX_REFERENCE },
  });
  return result.ok ? [] : result.errors.map((e) => e.replace(/^deals\[0\]/, at));
}
