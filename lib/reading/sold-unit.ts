// A unit changing hands (DEALS.md: "Zenith sells its Quill unit to Borealis": Borealis acquirer, Quill
// target, Zenith seller): the unit named after its description ("its cooling business, Foo,"), and the
// owner named in the description of a target ("Foo, the server unit of Bar").
import type { Clause } from './clauses';
import type { Company, Placed } from './parties';
import type { Role } from './roles';
import { nameAfterCue, type Aliases } from './slot-names';

const UNIT_NOUNS = new Set('unit business division arm subsidiary operations'.split(' '));

/** "selling its data-center cooling business, Foo, to Bar": Foo, the unit named after the cue. */
export function unitNamedAfter(clause: Clause, words: string[], to: number, aliases: Aliases): Placed | null {
  if (!/^(its|their)$/.test(words[to] ?? '')) return null;
  for (let k = to + 1; k < to + 6 && k < words.length; k++) {
    if (!UNIT_NOUNS.has(words[k])) continue;
    if (clause.tokens[k + 1]?.text !== ',') return null;
    return nameAfterCue(clause.tokens, k + 2, aliases);
  }
  return null;
}

/** The owner a target is "the ... unit of": the seller of an acquisition that names none. */
export function ownerOfTarget(clause: Clause, parties: Role[]): Company | null {
  if (parties.some((p) => p.role === 'seller')) return null;
  const target = parties.find((p) => p.role === 'target');
  if (!target) return null;
  const aside = clause.asides.find(([from]) => clause.tokens[from].start >= target.c.end);
  if (!aside || clause.tokens[aside[0]].start - target.c.end > 2) return null;
  const [from, to] = aside;
  const unit = clause.tokens.findIndex(
    (t, k) => k > from && k < to && UNIT_NOUNS.has(t.text.toLowerCase()) && clause.tokens[k + 1]?.text === 'of',
  );
  if (unit < 0) return null;
  const owner = clause.mentions.find((x) => x.m.type === 'company' && x.at > unit && x.at < to);
  return owner && owner.m.id !== target.c.id ? (owner.m as Company) : null;
}
