// One clause → at most one draft deal: the first deal cue (find-cue.ts), the companies around it
// (clause-slots.ts) and their roles (roles.ts), the kind (clause-kind.ts), and the figures that size it.
import type { GpuMention, MoneyMention, PowerMention } from '../extract/types';
import type { DocMention } from '../extract/document';
import type { Clause } from './clauses';
import { BUILDING } from './cues';
import { kindOfClause } from './clause-kind';
import { slotsOf } from './clause-slots';
import { inAside } from './asides';
import { findCue } from './find-cue';
import { cumulative, debtClause, forecast, licensingOrHiring, principalsComplete } from './no-deal';
import { placeCompanies, type Company, type Placed } from './parties';
import { roles, type Role } from './roles';
import { ownerOfTarget } from './sold-unit';
import type { Aliases } from './slot-names';
import type { DealKind, ReadingContext } from './types';
import { pickMoney } from './value';

export interface Draft {
  kind: DealKind;
  parties: Role[];
  money: (DocMention & MoneyMention) | null;
  gpus: (DocMention & GpuMention) | null;
  power: (DocMention & PowerMention) | null;
  clause: Clause;
}

const SHARE_WORDS = new Set(['shares', 'stock', 'offering']);

/** Kinds a chip count or a power figure can size (DEALS.md "Money, GPUs, power"). */
export const SIZED_KINDS = new Set<DealKind>(['compute-lease', 'cloud-contract', 'chip-supply', 'power']);

/** "buy 40,000 of Foo's MI355X accelerators" with no seller named: the vendor inside the chip figure sells. */
function vendorOfChips(clause: Clause, parties: Role[], after: number): Company | null {
  if (parties.some((p) => p.role === 'seller')) return null;
  const gpu = clause.mentions.find((x) => x.m.type === 'gpu' && x.at >= after);
  if (!gpu) return null;
  const inside = clause.mentions.find((x) => x.m.type === 'company' && x.m.start >= gpu.m.start && x.m.end <= gpu.m.end)
    ?.m as Company | undefined;
  return inside && !parties.some((p) => p.c.canonical === inside.canonical) ? inside : null;
}

/** The clause's words in lower case, blank inside company names ("Fusion Systems" says nothing about what is
 *  bought). Words of an aside (", a Dutch provider of rented GPUs,") are blank too: they describe a company,
 *  not the deal. */
function clauseWords(clause: Clause): string[] {
  return clause.tokens.map((t, i) =>
    inAside(clause.asides, i) ||
    clause.mentions.some((x) => x.m.type === 'company' && x.m.start <= t.start && t.end <= x.m.end)
      ? ''
      : t.text.toLowerCase(),
  );
}

export function readClause(
  clause: Clause,
  antecedents: Placed[],
  ctx: ReadingContext,
  plural: Placed[] = [],
  aliases: Aliases = new Map(),
): Draft | null {
  const words = clauseWords(clause);
  const placed = placeCompanies(clause);
  const found = findCue(words, placed, clause);
  if (!found) return null;
  // "agreed to buy $300m of the shares as cornerstone investors": buying into an offering backs the round.
  const shares = found.cue.cls === 'buy' && words.slice(found.to, found.to + 10).some((w) => SHARE_WORDS.has(w));
  const hit = shares ? { ...found, cue: { cls: 'back' as const, kind: 'investment' as const } } : found;
  if (forecast(hit.cue.cls, words, hit.at) || cumulative(words, hit.at) || debtClause(hit.cue.cls, words)) return null;
  if (licensingOrHiring(words)) return null;
  const { subjects, objects } = slotsOf(clause, words, hit, placed, antecedents, plural, aliases);
  let kind = kindOfClause(clause, words, hit, objects);
  if (!kind) return null;
  const agentReach = clause.lang.finiteVerbs ? clause.tokens.length : 2;
  const parties = roles(hit.cue, hit.at, words, subjects, objects, kind, ctx, agentReach);
  // "when Foo and Bar joined a $900m round": the round is the company's the sentence is about.
  const about = antecedents[0]?.c;
  if (
    hit.cue.cls === 'back' &&
    kind === 'funding-round' &&
    about &&
    !parties.some((p) => p.c.canonical === about.canonical)
  )
    parties.unshift({ c: about, role: 'investee' });
  if (!parties.length || !principalsComplete(kind, parties)) return null;
  // Two companies building one plant together form a venture ("Foo and Bar will build a $3bn plant").
  if (kind === 'capex' && parties.length > 1 && BUILDING.has(words[hit.at])) {
    kind = 'joint-venture';
    for (const p of parties) p.role = 'partner';
  }
  const owner = kind === 'acquisition' ? ownerOfTarget(clause, parties) : null;
  if (owner) parties.push({ c: owner, role: 'seller' });
  const vendor = kind === 'chip-supply' && hit.cue.cls === 'buy' ? vendorOfChips(clause, parties, hit.to) : null;
  if (vendor) parties.push({ c: vendor, role: 'seller' });
  // A power producer as the seller makes it a power deal ("Foo Energy will deliver 2 GW").
  const sellerKind = ctx.companyKind?.(parties.find((p) => p.role === 'seller')?.c.canonical ?? '');
  if (sellerKind === 'energy' && kind !== 'chip-supply') kind = 'power';
  // The value follows the subject: "Foo raised $400m", "a $5bn round", "won a $2bn contract".
  const lastSubject = Math.max(-1, ...subjects.map((p) => p.at));
  const figures = clause.mentions.filter((x) => x.m.type !== 'company');
  const money = pickMoney(clause, figures, (x) => x.at > lastSubject);
  const sized = SIZED_KINDS.has(kind);
  return {
    kind,
    parties,
    money,
    gpus: sized ? sizeOf(clause, 'gpu') : null,
    power: sized ? sizeOf(clause, 'power') : null,
    clause,
  };
}

/** The clause's first definite chip count or power figure (a vague one sizes nothing). */
export function sizeOf(clause: Clause, type: 'gpu'): Draft['gpus'];
export function sizeOf(clause: Clause, type: 'power'): Draft['power'];
export function sizeOf(clause: Clause, type: 'gpu' | 'power'): Draft['gpus'] | Draft['power'] {
  const hit = clause.mentions.find((x) => x.m.type === type && !(x.m as GpuMention | PowerMention).vague);
  return (hit?.m as (DocMention & GpuMention) | (DocMention & PowerMention) | undefined) ?? null;
}
