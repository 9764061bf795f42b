// Roles by cue class: who pays and who delivers, read from where each company stands around the cue
// (subject, direct object, or object behind "by", "from", "to", "with", "in"). DEALS.md: roles follow
// the money, not the word order.
import { unitTraded } from './clause-kind';
import type { Cue } from './cues';
import type { Company, Placed } from './parties';
import type { DealKind, PartyRole, ReadingContext } from './types';

export type Role = { c: Company; role: PartyRole };

/** Verbs of renting: with a company right after them they give ("rents Foo 8,000 GPUs"), not take. */
const RENTING = new Set(['rent', 'rents', 'rented', 'renting', 'lease', 'leases', 'leased', 'leasing']);

/** Company kinds (from the feed) that sell the deal kind: the energy company in a plain "agreement" sells power. */
const SELLER_KINDS: Record<string, DealKind> = {
  chipmaker: 'chip-supply',
  energy: 'power',
  hyperscaler: 'cloud-contract',
  neocloud: 'compute-lease',
};
/** The company kind that sells a deal kind: a landlord of a lease read earlier in the passage lets in the next. */
export const SELLER_OF: Partial<Record<DealKind, string>> = Object.fromEntries(
  Object.entries(SELLER_KINDS).map(([company, deal]) => [deal, company]),
);

/** Adverbs between an auxiliary and its participle: "was itself acquired", "has also been bought". */
const BETWEEN_AUX = new Set(['itself', 'also', 'later', 'since', 'recently', 'then', 'eventually', 'first']);

/** "was acquired", "was itself acquired": the cue at `at` is a passive participle. */
const ENERGY_NAME = /\b(Energy|Power|Nuclear|Solar|Renewables|Utilities|Electric)\b/;

export function passiveBefore(words: string[], at: number): boolean {
  let k = at - 1;
  while (BETWEEN_AUX.has(words[k] ?? '')) k--;
  return /^(was|were|been|be|is|are|being)$/.test(words[k] ?? '');
}

/** "a $2bn takeover by Foo", "its purchase by Foo": a deal noun whose agent follows with "by". A verb-second
 *  language's participle read at its auxiliary ("wurde im Juni von Foo übernommen") has it anywhere after. */
function agentAfter(objects: Placed[], to: number, reach: number): boolean {
  return objects.some((o) => o.prep === 'by' && o.at >= to && o.at <= to + reach);
}

/** "rent 40,000 GPUs to Foo" (but not "rent back capacity it sold to Foo": renting back, the subject pays). */
function rentedTo(objects: Placed[], at: number, words: string[]): boolean {
  return RENTING.has(words[at]) && words[at + 1] !== 'back' && objects.some((o) => o.prep === 'to' && o.at > at);
}

/** "signed a lease … with an unnamed hyperscale customer", "leased the hall to a tenant": a lease whose other
 *  side is a customer, tenant or client makes the subject the landlord. */
const TO_CUSTOMER = /^(?:with|to) (?:an?|the|its|one) (?:[a-z-]+ ){0,3}(?:customer|tenant|client)s?$/;
function leasedToCustomer(words: string[], at: number): boolean {
  if (!RENTING.has(words[at])) return false;
  for (let k = at + 1; k < words.length && k < at + 16; k++) {
    if (words[k] !== 'with' && words[k] !== 'to') continue;
    for (let e = k + 2; e <= k + 6 && e <= words.length; e++)
      if (TO_CUSTOMER.test(words.slice(k, e).join(' '))) return true;
  }
  return false;
}

/** Where the payee of a purchase stands: "buys Foo", "from Foo", "of Foo", "to Foo", "through Foo", "with Foo", "on
 *  Foo's cloud". */
const PAYEE_PREPS = new Set(['', 'from', 'of', 'to', 'through', 'with', 'on']);

export function roles(
  cue: Cue,
  at: number,
  words: string[],
  subjects: Placed[],
  objects: Placed[],
  kind: DealKind,
  ctx: ReadingContext,
  agentReach = 2,
): Role[] {
  const out: Role[] = [];
  const push = (p: Placed, role: PartyRole) => out.push({ c: p.c, role });
  const byAgent = objects.filter((o) => o.prep === 'by');
  switch (cue.cls) {
    case 'buy': {
      const passive = (passiveBefore(words, at) || agentAfter(objects, at + 1, agentReach)) && byAgent.length > 0;
      // "Zenith rents Borealis 8,000 GPUs": a renting verb with a company right after it gives, not takes.
      const ditransitive = RENTING.has(words[at]) && objects[0]?.prep === '' && objects[0].at <= at + 2;
      const payer = kind === 'acquisition' ? 'acquirer' : 'buyer';
      const payee = kind === 'acquisition' ? 'target' : 'seller';
      if (passive) {
        for (const o of byAgent) push(o, payer);
        for (const s of subjects) push(s, payee);
      } else if (leasedToCustomer(words, at)) {
        for (const s of subjects) push(s, 'seller');
      } else if (rentedTo(objects, at, words)) {
        // "agreed to rent 40,000 accelerators to Foo": the subject is the landlord.
        for (const s of subjects) push(s, 'seller');
        for (const o of objects) if (o.prep === 'to' && o.at > at) push(o, 'buyer');
      } else if (ditransitive) {
        for (const s of subjects) push(s, 'seller');
        push(objects[0], 'buyer');
      } else {
        for (const s of subjects) push(s, payer);
        // "buy a 30% stake in Foo": the company the stake is in is the target.
        const stakeIn = kind === 'acquisition' && words.slice(at, at + 6).includes('stake');
        for (const o of objects) if (stakeIn && o.prep === 'in' && o.at > at) push(o, 'target');
        for (const o of objects)
          if (
            PAYEE_PREPS.has(o.prep) &&
            (o.prep !== 'on' || kind !== 'acquisition') &&
            (o.prep !== 'with' || o.at > at)
          )
            // "bought the cloud unit of Foo": the owner of a unit sells it.
            push(
              o,
              (o.prep === 'from' || (o.prep === 'of' && unitTraded(words, at + 1))) && kind === 'acquisition'
                ? 'seller'
                : payee,
            );
      }
      break;
    }
    case 'sell': {
      const to = objects.filter((o) => o.prep === 'to');
      if (passiveBefore(words, at) && byAgent.length) {
        // "was sold by Foo to Bar": the agent sells; a company as subject is what was sold.
        for (const o of byAgent) push(o, 'seller');
        for (const o of to) push(o, kind === 'acquisition' ? 'acquirer' : 'buyer');
        if (kind === 'acquisition') for (const s of subjects) push(s, 'target');
        break;
      }
      const direct = objects.filter((o) => o.prep === '' || o.prep === 'of');
      const acquisition = kind === 'acquisition';
      for (const o of to) push(o, acquisition ? 'acquirer' : 'buyer');
      // "sell its stake in a plant to Foo", "sell a unit": the subject sells what it owns, it is not the target.
      const owned = !/^(to|itself|themselves|)$/.test(words[at + 1] ?? '');
      if (acquisition && (direct.length || owned)) {
        for (const s of subjects) push(s, 'seller');
        for (const d of direct) push(d, 'target');
      } else for (const s of subjects) push(s, acquisition ? 'target' : 'seller');
      break;
    }
    case 'supply':
      if (passiveBefore(words, at)) {
        // "will be supplied with chips by Foo": the agent supplies, the subject is supplied (also when the
        // agent stands behind a descriptor the slots do not reach: the subject never supplies here).
        for (const o of byAgent) push(o, 'seller');
        for (const s of subjects) push(s, 'buyer');
        break;
      }
    // falls through: active supply reads as a win (the subject delivers)
    case 'win':
      for (const s of subjects) push(s, 'seller');
      for (const o of objects) if ((o.prep !== 'with' || o.at < at) && o.prep !== 'in') push(o, 'buyer');
      break;
    case 'back':
      for (const p of [...subjects, ...objects]) if (p.prep === '' || p.prep === 'with') push(p, 'investor');
      break;
    case 'invest': {
      // "took a $750m investment from Foo": the money comes from the object, the subject receives it.
      const from = objects.filter((o) => o.prep === 'from' && o.at > at);
      if (from.length && !objects.some((o) => o.prep === 'in' || o.prep === 'into')) {
        for (const o of from) push(o, 'investor');
        for (const s of subjects) push(s, 'investee');
        break;
      }
      // "took a majority stake in Foo": the same grammar, but control changes hands.
      const control = kind === 'acquisition';
      for (const s of subjects) push(s, control ? 'acquirer' : 'investor');
      for (const o of objects)
        if (o.prep === 'in' || o.prep === 'into' || o.prep === '') push(o, control ? 'target' : 'investee');
      break;
    }
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
      // "Plans by Foo and Bar to build a $3bn plant": the planners named with "by" before the cue.
      if (!subjects.length) for (const o of objects) if (o.prep === 'by' && o.at < at) push(o, 'buyer');
      break;
    case 'agree': {
      const all = [...subjects, ...objects.filter((o) => /^(with|from|on|)$/.test(o.prep))];
      // The feed's kind of a company, else a power company's name ("Foo Energy"), tells who sells.
      const sellerKind = (p: Placed) =>
        SELLER_KINDS[ctx.companyKind?.(p.c.canonical) ?? ''] === kind ||
        (kind === 'power' && ENERGY_NAME.test(p.c.canonical));
      // "a contract to run its models on Foo's cloud": the platform run on sells.
      const ranOn = objects.find((o) => o.prep === 'on');
      const seller = all.find(sellerKind) ?? ranOn ?? (objects.find((o) => o.prep === 'from') ? undefined : all[1]);
      for (const p of all) push(p, p === seller ? 'seller' : 'buyer');
      break;
    }
  }
  // One company, one role: the first one given wins.
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.c.canonical) && seen.add(p.c.canonical));
}
