// The deal cue of a clause, and the subject list that goes with it.
import type { Clause } from './clauses';
import { BUILDING, cueAt, type Cue } from './cues';
import { DESCRIPTOR_NOUNS, type Placed } from './parties';

export interface CueHit {
  cue: Cue;
  /** First token of the cue. */
  at: number;
  /** First token after the cue. */
  to: number;
}

/** "The purchase hands Foo four campuses": a deal read before, named again, is no new cue. */
const DEAL_NOUNS = new Set(
  'purchase acquisition takeover investment lease deal agreement contract pact arrangement round'.split(' '),
);

/** The clause's deal cue: the first verb cue that has a company before it, else the first verb cue, else an agreement
 *  noun. */
export function findCue(words: string[], placed: Placed[], clause?: Clause): CueHit | null {
  let agree: CueHit | null = null;
  let build: CueHit | null = null;
  let first: CueHit | null = null;
  for (let i = 0; i < words.length; i++) {
    const hit = cueAt(words, i, clause?.lang.cues);
    // "raised its capital budget": raising one's own figure is no round.
    if (!hit || (hit.cue.cls === 'round' && /^(its|their)$/.test(words[hit.to] ?? ''))) continue;
    if (words[i - 1] === 'the' && DEAL_NOUNS.has(words[i])) continue;
    // "will spend most of the money renting compute": a spending plan needs its figure (DEALS.md).
    if (hit.cue.cls === 'capex' && clause && !clause.mentions.some((x) => x.m.type === 'money' && x.at > i)) continue;
    if (hit.cue.cls === 'agree') {
      agree ??= { ...hit, at: i };
      continue;
    }
    // "will build the halls it leases to Foo": the lease is the deal; building is one only without another cue.
    if (BUILDING.has(words[i])) {
      build ??= { ...hit, at: i };
      continue;
    }
    if (placed.some((p) => p.at < i && p.prep === '')) return { ...hit, at: i };
    first ??= { ...hit, at: i };
  }
  return first ?? agree ?? build;
}

/** The subject list nearest the cue: "Foo, Bar and Baz agreed" but not "Foo is growing, and Baz raised". */
/** "Foo and Texas developer Bar": a list whose next name carries a descriptor (a few words ending in a
 *  noun that says what a company is). */
function describedNext(between: { text: string; kind: string }[]): boolean {
  const [link, ...words] = between;
  return (
    !!link &&
    /^(,|and|&)$/.test(link.text) &&
    words.length > 0 &&
    words.length <= 4 &&
    words.every((t) => t.kind === 'word' || t.text === '-') &&
    DESCRIPTOR_NOUNS.has(words[words.length - 1].text.toLowerCase())
  );
}

export function nearestGroup(clause: Clause, subjects: Placed[]): Placed[] {
  const group = subjects.slice(-1);
  for (let k = subjects.length - 2; k >= 0; k--) {
    const between = clause.tokens.filter((t) => t.start >= subjects[k].c.end && t.end <= group[0].c.start);
    if (!between.every((t) => /^(,|and|&|the)$/.test(t.text)) && !describedNext(between)) break;
    group.unshift(subjects[k]);
  }
  return group;
}
