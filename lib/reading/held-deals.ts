// Deals read so far, and how a new clause joins one instead of starting its own: a round read a
// sentence ago, backers of the round just read, a payer of the deal just read, a sentence that only
// gives the last deal's price or status.
import type { Clause } from './clauses';
import type { Placed } from './parties';
import { SIZED_KINDS, sizeOf, type Draft } from './read-clause';
import { laterStatus } from './status';
import type { DealStatus } from './types';
import { pickMoney } from './value';

// Words of a sentence that goes on about the deal just read: its price ("the buyer would pay about
// $1bn"), its terms, its talks.
const FOLLOW_UP_NOUNS = new Set(
  'contract deal price value transaction purchase agreement round talks pay paying worth terms'.split(' '),
);
export const FAMILY = (k: string) => (k === 'cloud-contract' ? 'compute-lease' : k);

export interface Held {
  draft: Draft;
  status: DealStatus;
  sentences: Set<number>;
  /** Read from a clause told in passing ("since it bought Foo"): later sentences go on about another deal. */
  passing?: boolean;
}

export function principalKey(d: Draft): string {
  const core = d.parties.filter((p) => p.role !== 'partner');
  return (core.length ? core : d.parties)
    .map((p) => p.c.canonical.toLowerCase())
    .sort()
    .join('|');
}

/** "The two", "both companies": the parties of the deal just read. */
export function pluralSubject(clause: Clause): boolean {
  const w = clause.tokens.slice(0, 3).map((t) => t.text.toLowerCase());
  return (w[0] === 'the' && (w[1] === 'two' || w[1] === 'companies' || w[1] === 'pair')) || w[0] === 'both';
}

/** A round of the same investee read a sentence ago ("That takes what the company has raised..."). */
export function sameRound(held: Held[], draft: Draft, sentence: number): Held | undefined {
  if (draft.kind !== 'funding-round') return undefined;
  const investee = draft.parties.find((p) => p.role === 'investee')?.c.canonical;
  return held.find(
    (h) =>
      h.draft.kind === 'funding-round' &&
      sentence - Math.max(...h.sentences) <= 1 &&
      !h.sentences.has(sentence) &&
      // Two rounds of one company with different sizes are two rounds ("in talks to raise $2bn ... last raised $900m").
      !(h.draft.money && draft.money && h.draft.money.amount !== draft.money.amount) &&
      h.draft.parties.some((p) => p.role === 'investee' && p.c.canonical === investee),
  );
}

/** "...a $5bn round; Foo and Bar may put in $2bn": backers without an investee join the round. */
export function joinsRound(last: Held, draft: Draft, sentence: number): boolean {
  return (
    last.draft.kind === 'funding-round' &&
    draft.kind === 'investment' &&
    sentence - Math.max(...last.sentences) <= 1 &&
    draft.parties.every((p) => p.role === 'investor')
  );
}

/** A sentence without a cue of its own ("The base contract is worth $7bn") adds to the last deal. */
export function followUp(clause: Clause, held: Held[], status: () => DealStatus, hasCompanies: boolean) {
  const last = held.findLast((h) => !h.passing) ?? held[held.length - 1];
  if (!last || hasCompanies || clause.sentence - Math.max(...last.sentences) > 1) return;
  const words = clause.tokens.map((t) => t.text.toLowerCase());
  // "one of the people put it at about $480m": a media estimate of the price just read.
  const putAt = words.some((w, k) => w === 'put' && /^(it|the|its)$/.test(words[k + 1] ?? ''));
  if (!putAt && !words.some((w) => FOLLOW_UP_NOUNS.has(w))) return;
  if (!last.draft.money) {
    const money = pickMoney(
      clause,
      clause.mentions.filter((x) => x.m.type === 'money'),
      () => true,
    );
    if (money) last.draft.money = money;
  }
  // "The round values the company at $1.9bn, according to a person familiar": who told the company's worth
  // says nothing about the deal.
  if (!words.some((w) => w === 'values' || w === 'valuation')) last.status = laterStatus(last.status, status());
  last.sentences.add(clause.sentence);
}

const PAYING = new Set(['pay', 'pays', 'paying', 'paid']);
/** Kinds where one side pays the other for something delivered. */
const TWO_SIDED = new Set(['compute-lease', 'cloud-contract', 'chip-supply', 'power']);

/**
 * "Foo has signed a lease with Bar ... Bar will pay about $11bn over 15 years": a payer who is a party of the deal
 * just read (and names no one else) settles its direction (the payer buys, the other sells) and gives its value.
 */
export function paysLast(held: Held[], clause: Clause, placed: Placed[]): Held | undefined {
  const last = held.findLast((h) => !h.passing);
  if (!last || clause.sentence - Math.max(...last.sentences) > 2 || !TWO_SIDED.has(last.draft.kind)) return undefined;
  const words = clause.tokens.map((t) => t.text.toLowerCase());
  const pay = words.findIndex((w) => PAYING.has(w));
  const inLast = (p: Placed) => last.draft.parties.some((q) => q.c.canonical === p.c.canonical && q.role !== 'partner');
  const payer = placed.filter((p) => p.at < pay && p.prep === '').pop();
  if (pay < 0 || !payer || !placed.every(inLast)) return undefined;
  // "will pay about $11bn", "paying Foo $95m a month" (not "paid for its fleet with proceeds from a $700m sale").
  const figures = clause.mentions.filter(
    (x) => x.m.type === 'money' && x.at > pay && x.at <= pay + clause.lang.objectReach,
  );
  if (!figures.length) return undefined;
  for (const p of last.draft.parties)
    if (p.role === 'buyer' || p.role === 'seller') p.role = p.c.canonical === payer.c.canonical ? 'buyer' : 'seller';
  fillFrom(
    last.draft,
    clause,
    pickMoney(clause, figures, () => true),
  );
  last.sentences.add(clause.sentence);
  return last;
}

/** A later sentence that restates a deal (a headline, then "Foo will pay Bar $780m over three years for
 *  12,000 GPUs") adds what the first statement left out: the same amount told with its term or
 *  period, and the chips or power it is for. A different amount never replaces the first. */
function fillFrom(draft: Draft, clause: Clause, money: Draft['money']): void {
  const same = draft.money && money && draft.money.currency === money.currency && draft.money.amount === money.amount;
  const fuller = same && draft.money!.termMonths === undefined && money!.termMonths !== undefined;
  if (!draft.money || fuller) draft.money = money ?? draft.money;
  if (!SIZED_KINDS.has(draft.kind)) return;
  draft.gpus ??= sizeOf(clause, 'gpu');
  draft.power ??= sizeOf(clause, 'power');
}

/** "signed power supply agreements with Foo and Bar": one agreement per counterparty (DEALS.md: one
 *  agreement, one deal). */
export function perCounterparty(draft: Draft): Draft[] {
  const plural = draft.clause.tokens.some((t) => /^(agreements|contracts|deals)$/i.test(t.text));
  const buyers = draft.parties.filter((p) => p.role === 'buyer');
  const sellers = draft.parties.filter((p) => p.role === 'seller');
  if (!plural || sellers.length !== 1 || buyers.length < 2) return [draft];
  // A figure for all of them ("180 MW in total") sizes no single one.
  return buyers.map((b) => ({ ...draft, parties: [...sellers, b], money: null, gpus: null, power: null }));
}
