// Roles by cue class: who pays and who delivers, read from where each company stands around the cue
// (subject, direct object, or object behind "by", "from", "to", "with", "in"). DEALS.md: roles follow
// the money, not the word order.
import type { Cue } from './cues';
import type { Company, Placed } from './parties';
import type { DealKind, PartyRole, ReadingContext } from './types';

export type Role = { c: Company; role: PartyRole };

/** Verbs of renting: with a company right after them they give ("rents Foo 8,000 GPUs"), not take. */
export const RENTING = new Set(['rent', 'rents', 'rented', 'renting', 'lease', 'leases', 'leased', 'leasing']);

/** Company kinds (from the feed) that sell the deal kind: the energy company in a plain "agreement" sells power. */
const SELLER_KINDS: Record<string, DealKind> = {
  chipmaker: 'chip-supply',
  energy: 'power',
  hyperscaler: 'cloud-contract',
  neocloud: 'compute-lease',
};

export function passiveBefore(words: string[], at: number): boolean {
  return /^(was|were|been|be|is|are|being)$/.test(words[at - 1] ?? '');
}

function rentedTo(objects: Placed[], at: number, words: string[]): boolean {
  return RENTING.has(words[at]) && objects.some((o) => o.prep === 'to' && o.at > at);
}

export function roles(
  cue: Cue,
  at: number,
  words: string[],
  subjects: Placed[],
  objects: Placed[],
  kind: DealKind,
  ctx: ReadingContext,
): Role[] {
  const out: Role[] = [];
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
