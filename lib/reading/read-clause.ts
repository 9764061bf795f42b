// One clause → at most one draft deal: the first deal cue, the companies around it and their roles,
// the kind from the cue and the words of the clause, and the figures that size the deal.
import type { GpuMention, MoneyMention, PowerMention } from '../extract/types';
import type { DocMention } from '../extract/document';
import type { Clause } from './clauses';
import { lower } from './clauses';
import { cueAt, type Cue } from './cues';
import { kindFromWords } from './kind-words';
import { placeCompanies, type Company, type Placed } from './parties';
import { nameAfterCue, nameBeforeCue, type Aliases } from './slot-names';
import { laterCeiling, notDealValue } from './value';
import type { DealKind, PartyRole, ReadingContext } from './types';

export interface Draft {
  kind: DealKind;
  parties: { c: Company; role: PartyRole }[];
  money: (DocMention & MoneyMention) | null;
  gpus: (DocMention & GpuMention) | null;
  power: (DocMention & PowerMention) | null;
  clause: Clause;
}

const DEAL_NOUNS = new Set(['purchase', 'acquisition', 'takeover', 'investment', 'lease', 'deal']);

/** The clause's deal cue: the first verb cue that has a company before it, else the first verb cue, else an agreement noun. */
function findCue(words: string[], placed: Placed[]): { cue: Cue; at: number; to: number } | null {
  let agree: { cue: Cue; at: number; to: number } | null = null;
  let first: { cue: Cue; at: number; to: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    const hit = cueAt(words, i);
    // "raised its capital budget": raising one's own figure is no round.
    if (!hit || (hit.cue.cls === 'round' && /^(its|their)$/.test(words[hit.to] ?? ''))) continue;
    // "The purchase hands Foo four campuses": a deal read before, named again.
    if (words[i - 1] === 'the' && DEAL_NOUNS.has(words[i])) continue;
    if (hit.cue.cls === 'agree') {
      agree ??= { ...hit, at: i };
      continue;
    }
    if (placed.some((p) => p.at < i && p.prep === '')) return { ...hit, at: i };
    first ??= { ...hit, at: i };
  }
  return first ?? agree;
}

/** The subject list nearest the cue: "Foo, Bar and Baz agreed" but not "Foo is growing, and Baz raised". */
function nearestGroup(clause: Clause, subjects: Placed[]): Placed[] {
  const group = subjects.slice(-1);
  for (let k = subjects.length - 2; k >= 0; k--) {
    const between = clause.tokens.filter((t) => t.start >= subjects[k].c.end && t.end <= group[0].c.start);
    if (!between.every((t) => t.text === ',' || t.text === 'and' || t.text === '&')) break;
    group.unshift(subjects[k]);
  }
  return group;
}

const SELLER_KINDS: Record<string, DealKind> = {
  chipmaker: 'chip-supply',
  energy: 'power',
  hyperscaler: 'cloud-contract',
  neocloud: 'compute-lease',
};

function passiveBefore(words: string[], at: number): boolean {
  return /^(was|were|been|be|is|are|being)$/.test(words[at - 1] ?? '');
}

function roles(
  cue: Cue,
  at: number,
  words: string[],
  subjects: Placed[],
  objects: Placed[],
  kind: DealKind,
  ctx: ReadingContext,
): { c: Company; role: PartyRole }[] {
  const out: { c: Company; role: PartyRole }[] = [];
  const push = (p: Placed, role: PartyRole) => out.push({ c: p.c, role });
  const byAgent = objects.filter((o) => o.prep === 'by');
  switch (cue.cls) {
    case 'buy': {
      const passive = passiveBefore(words, at) && byAgent.length > 0;
      // "Zenith rents Borealis 8,000 GPUs": a renting verb with a company right after it gives, not takes.
      const ditransitive = RENTING.has(words[at]) && objects[0]?.prep === '' && objects[0].at <= at + 2;
      const payer = kind === 'acquisition' ? 'acquirer' : 'buyer';
      const payee = kind === 'acquisition' ? 'target' : 'seller';
      if (passive) {
        for (const o of byAgent) push(o, payer);
        for (const s of subjects) push(s, payee);
      } else if (rentedTo(objects, at, words)) {
        // "agreed to rent 40,000 accelerators to Foo": the subject is the landlord.
        for (const s of subjects) push(s, 'seller');
        for (const o of objects) if (o.prep === 'to' && o.at > at) push(o, 'buyer');
      } else if (ditransitive) {
        for (const s of subjects) push(s, 'seller');
        push(objects[0], 'buyer');
      } else {
        for (const s of subjects) push(s, payer);
        for (const o of objects)
          if (o.prep === '' || o.prep === 'from' || o.prep === 'of' || o.prep === 'to' || o.prep === 'through')
            push(o, o.prep === 'from' && kind === 'acquisition' ? 'seller' : payee);
      }
      break;
    }
    case 'sell': {
      const to = objects.filter((o) => o.prep === 'to');
      const direct = objects.filter((o) => o.prep === '' || o.prep === 'of');
      const acquisition = kind === 'acquisition';
      for (const o of to) push(o, acquisition ? 'acquirer' : 'buyer');
      if (acquisition && direct.length) {
        for (const s of subjects) push(s, 'seller');
        for (const d of direct) push(d, 'target');
      } else for (const s of subjects) push(s, acquisition ? 'target' : 'seller');
      break;
    }
    case 'supply':
    case 'win':
      for (const s of subjects) push(s, 'seller');
      for (const o of objects) if ((o.prep !== 'with' || o.at < at) && o.prep !== 'in') push(o, 'buyer');
      break;
    case 'back':
      for (const p of [...subjects, ...objects]) if (p.prep === '' || p.prep === 'with') push(p, 'investor');
      break;
    case 'invest':
      for (const s of subjects) push(s, 'investor');
      for (const o of objects) if (o.prep === 'in' || o.prep === 'into' || o.prep === '') push(o, 'investee');
      break;
    case 'receive':
      for (const s of subjects) push(s, 'investee');
      for (const o of objects) if (o.prep === 'from') push(o, 'investor');
      break;
    case 'round':
      for (const s of subjects) push(s, 'investee');
      for (const o of objects) if (o.prep !== 'at' && o.prep !== 'in') push(o, 'investor');
      break;
    case 'venture':
      for (const p of [...subjects, ...objects]) push(p, 'partner');
      break;
    case 'capex':
      for (const s of subjects) push(s, 'buyer');
      break;
    case 'agree': {
      const all = [...subjects, ...objects.filter((o) => o.prep === 'with' || o.prep === 'from' || o.prep === '')];
      const sellerKind = (p: Placed) => SELLER_KINDS[ctx.companyKind?.(p.c.canonical) ?? ''] === kind;
      const seller = all.find(sellerKind) ?? (objects.find((o) => o.prep === 'from') ? undefined : all[1]);
      for (const p of all) push(p, p === seller ? 'seller' : 'buyer');
      break;
    }
  }
  // One company, one role: the first one given wins.
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.c.canonical) && seen.add(p.c.canonical));
}

const BUYING = new Set('buy buys buying bought purchase purchases purchasing purchased'.split(' '));

function rentedTo(objects: Placed[], at: number, words: string[]): boolean {
  return RENTING.has(words[at]) && objects.some((o) => o.prep === 'to' && o.at > at);
}

/** Debt is no deal (DEALS.md): "secured a $1.8bn credit facility", "raised $400m in convertible notes". */
function debtClause(words: string[]): boolean {
  return words.some(
    (w, k) =>
      /^(loan|loans|bonds|debt)$/.test(w) ||
      (w === 'facility' && words[k - 1] === 'credit') ||
      (w === 'notes' && /^(convertible|senior|secured)$/.test(words[k - 1] ?? '')),
  );
}
const DEBT_PRONE = new Set(['win', 'round', 'receive', 'agree']);

const SLOT_CUES = new Set(['buy', 'sell', 'invest']);
const RENTING = new Set(['rent', 'rents', 'rented', 'renting', 'lease', 'leases', 'leased', 'leasing']);
/** "has put $300m into Foo since 2019": a cumulative total, not a deal (DEALS.md). */
function cumulative(words: string[], at: number): boolean {
  const perfect = words[at - 1] === 'has' || words[at - 1] === 'have';
  const rest = words.slice(at);
  return perfect && (rest.includes('since') || rest.includes('total') || (rest.includes('so') && rest.includes('far')));
}

/** An investment needs its investee and an acquisition its target: without them it says nothing. */
function principalsComplete(kind: DealKind, parties: { role: PartyRole }[]): boolean {
  const has = (r: PartyRole) => parties.some((p) => p.role === r);
  // Backers without an investee may still join a round the index read just before.
  if (kind === 'investment') return has('investor');
  if (kind === 'acquisition') return has('acquirer') && has('target');
  if (kind === 'funding-round') return has('investee');
  return true;
}

/** Forecasts and estimates are not deals (DEALS.md): a clause that only predicts. */
const FORECAST = new Set(['thinks', 'estimates', 'projects', 'predicts', 'forecasts', 'analysts', 'expects']);
/** Words before a cue that refer back to a company named earlier ("its", "the company"). */
const BACK_REFERENCES = new Set(['its', 'it', 'company', 'startup', 'firm', 'which', 'who', 'itself']);
/** "buy the company": an acquisition even when the target's name is not repeated. */
const COMPANY_NOUNS = new Set(['company', 'startup', 'firm', 'business', 'unit', 'rival', 'maker']);

export function readClause(
  clause: Clause,
  antecedents: Placed[],
  ctx: ReadingContext,
  plural: Placed[] = [],
  aliases: Aliases = new Map(),
): Draft | null {
  // Words inside company names ("Fusion Systems") say nothing about what is bought.
  const words = clause.tokens.map((t) =>
    clause.mentions.some((x) => x.m.type === 'company' && x.m.start <= t.start && t.end <= x.m.end)
      ? ''
      : t.text.toLowerCase(),
  );
  const placed = placeCompanies(clause);
  const hit = findCue(words, placed);
  if (!hit) return null;
  if (hit.cue.cls !== 'capex' && words.some((w) => FORECAST.has(w))) return null;
  if (cumulative(words, hit.at)) return null;
  if (DEBT_PRONE.has(hit.cue.cls) && debtClause(words)) return null;
  let subjects = nearestGroup(
    clause,
    placed.filter((p) => p.at < hit.at && p.prep === ''),
  );
  // "$4.8bn worth of Foo Cloud capacity will be bought by Bar": the passive subject sits behind "of".
  if (!subjects.length && passiveBefore(words, hit.at))
    subjects = placed.filter((p) => p.at < hit.at && p.prep === 'of').slice(-1);
  // Objects sit near the cue: a direct object within a few words, a prepositional one within a clause's reach.
  const objects = placed.filter((p) => p.at < hit.at && p.prep !== '' && p.prep !== 'of');
  let anchor = hit.to;
  for (const p of placed) {
    if (p.at < hit.to || p.at - anchor > (p.prep === '' ? 4 : 14)) continue;
    objects.push(p);
    anchor = p.at;
  }
  const backReference = clause.anaphoric || words.slice(0, hit.at).some((w) => BACK_REFERENCES.has(w));
  if (!subjects.length && plural.length) subjects = plural;
  else if (!subjects.length && antecedents.length && backReference) {
    // ", which bought": the company just named; "the company", "its" in a new sentence: the sentence's subject.
    const relative = words[0] === 'which' || words[0] === 'who';
    subjects = relative ? antecedents.slice(-1) : antecedents.slice(0, 1);
  }
  // Parties the dictionary missed, in the slots the cue opens (acquisitions, sales, investments).
  if (SLOT_CUES.has(hit.cue.cls)) {
    if (!subjects.length) {
      const before = nameBeforeCue(clause.tokens, hit.at, aliases);
      if (before) subjects = [before];
    }
    if (!objects.some((o) => o.at >= hit.to && o.at <= hit.to + 2)) {
      const after = nameAfterCue(clause.tokens, hit.to, aliases);
      if (after) objects.push(after);
    }
    // "invested $40 million in Foo": the investee follows the amount.
    const into = words.findIndex((w, k) => k >= hit.to && k <= hit.to + 8 && (w === 'in' || w === 'into'));
    if (hit.cue.cls === 'invest' && into > 0 && !objects.some((o) => o.prep === 'in' || o.prep === 'into')) {
      const investee = nameAfterCue(clause.tokens, into, aliases);
      if (investee) objects.push(investee);
    }
  }
  if (hit.cue.cls === 'invest' && !objects.some((o) => o.prep === 'in' || o.prep === 'into')) {
    // "Foo is investing $1bn in its equity": "its" is the other company of the sentence.
    const its = words.slice(hit.to).some((w, k) => w === 'its' && /^(in|into)$/.test(words[hit.to + k - 1]));
    const other = placed.find((p) => !subjects.some((s) => s.c.canonical === p.c.canonical));
    if (its && other) objects.push({ ...other, prep: 'in' });
  }
  const directCompany = objects.find((o) => (o.prep === '' || o.prep === 'of') && o.at >= hit.to && o.at <= hit.to + 3);
  const directNoun = words.slice(hit.to, hit.to + 3).some((w) => COMPANY_NOUNS.has(w));
  // "buy Foo, a maker of cooling systems, for $340m": a company bought whole, whatever its appositive says.
  const wholeCompany =
    BUYING.has(words[hit.at]) &&
    directCompany &&
    /^(,|for|in|\.|)$/.test(words[tokenAfter(clause, directCompany.c.end)] ?? '');
  let kind = hit.cue.kind ?? kindFromWords(words.slice(hit.at), clause) ?? kindFromWords(words, clause);
  if (
    hit.cue.cls === 'buy' &&
    !hit.cue.kind &&
    (wholeCompany || ((directCompany || directNoun) && !kindFromWords(words.slice(hit.at), clause)))
  )
    kind = 'acquisition';
  if (
    hit.cue.cls === 'sell' &&
    (directCompany || objects.some((o) => o.prep === 'to')) &&
    !kindFromWords(words.slice(hit.at), clause)
  )
    kind = 'acquisition';
  if (hit.cue.cls === 'invest' && words.includes('round')) kind = 'funding-round';
  // "reserved 4,000 chips through Foo": chips rented through a platform are a cloud contract (DEALS.md).
  if (hit.cue.cls === 'buy' && kind === 'chip-supply' && objects.some((o) => o.prep === 'through' && o.at > hit.at))
    kind = 'cloud-contract';
  if (!kind) return null;
  const parties = roles(hit.cue, hit.at, words, subjects, objects, kind, ctx);
  if (!parties.length || !principalsComplete(kind, parties)) return null;
  // A power producer as the seller makes it a power deal ("Foo Energy will deliver 2 GW").
  const sellerKind = ctx.companyKind?.(parties.find((p) => p.role === 'seller')?.c.canonical ?? '');
  if (sellerKind === 'energy' && kind !== 'chip-supply') kind = 'power';
  // The value follows the subject: "Foo raised $400m", "a $5bn round", "won a $2bn contract".
  const lastSubject = Math.max(-1, ...subjects.map((p) => p.at));
  const after = (x: { at: number }) => x.at > lastSubject;
  const figures = clause.mentions.filter((x) => x.m.type !== 'company');
  const money = pickMoney(clause, figures, after);
  const gpu = figures.find((x) => x.m.type === 'gpu' && !(x.m as GpuMention).vague);
  const power = figures.find((x) => x.m.type === 'power' && !(x.m as PowerMention).vague);
  const sized = kind === 'compute-lease' || kind === 'cloud-contract' || kind === 'chip-supply' || kind === 'power';
  return {
    kind,
    parties,
    money,
    gpus: sized && gpu ? (gpu.m as DocMention & GpuMention) : null,
    power: sized && power ? (power.m as DocMention & PowerMention) : null,
    clause,
  };
}

/** Index of the first clause token at or after offset `end`. */
function tokenAfter(clause: Clause, end: number): number {
  const k = clause.tokens.findIndex((t) => t.start >= end);
  return k < 0 ? clause.tokens.length : k;
}

type Placement = { m: DocMention; at: number };

export function pickMoney(
  clause: Clause,
  figures: Placement[],
  preferred: (x: Placement) => boolean,
): (DocMention & MoneyMention) | null {
  const values = figures.filter((x) => {
    if (x.m.type !== 'money' || (x.m as MoneyMention).vague || (x.m as MoneyMention).amount === undefined) return false;
    let last = x.at;
    while (last + 1 < clause.tokens.length && clause.tokens[last + 1].end <= x.m.end) last++;
    return !notDealValue(clause.tokens, x.at, last);
  });
  const firm = values.filter((x) => !laterCeiling(clause.tokens, x.at));
  const pick = firm.find(preferred) ?? firm[0] ?? values[0];
  return pick ? (pick.m as DocMention & MoneyMention) : null;
}

export { lower };
