// readDeals(doc): the deals a passage reports (docs/LABELING.md), pure and synchronous.
// Stages: clauses → one draft per clause with a deal cue → drafts about the same parties in one
// sentence merge → follow-up sentences lend a value and a status → readings with ids and evidence.
import type { ArticleDoc } from '../extract/document';
import { clausesOf, type Clause } from './clauses';
import { placeCompanies, type Placed } from './parties';
import { readClause, type Draft } from './read-clause';
import { pickMoney } from './value';
import { laterStatus, statusOf } from './status';
import type { DealReading, DealStatus, ReadingContext } from './types';

export type { DealReading, DealKind, PartyRole, DealStatus, ReadingContext } from './types';

// Words of a sentence that goes on about the deal just read: its price ("the buyer would pay about $1bn"), its terms, its talks.
const FOLLOW_UP_NOUNS = new Set(
  'contract deal price value transaction purchase agreement round talks pay paying worth terms'.split(' '),
);
const FAMILY = (k: string) => (k === 'cloud-contract' ? 'compute-lease' : k);

interface Held {
  draft: Draft;
  status: DealStatus;
  sentences: Set<number>;
  /** Read from a clause told in passing ("since it bought Foo"): later sentences go on about another deal. */
  passing?: boolean;
}

function principalKey(d: Draft): string {
  const core = d.parties.filter((p) => p.role !== 'partner');
  return (core.length ? core : d.parties)
    .map((p) => p.c.canonical.toLowerCase())
    .sort()
    .join('|');
}

/** Each sentence's status, from its clauses' words but those of an earlier deal told in passing (computed once). */
function sentenceStatuses(clauses: Clause[]): Map<number, DealStatus> {
  const words = new Map<number, string[]>();
  for (const c of clauses) {
    if (c.temporal) continue;
    const list = words.get(c.sentence) ?? [];
    for (const t of c.tokens) list.push(t.text.toLowerCase());
    words.set(c.sentence, list);
  }
  return new Map([...words].map(([s, w]) => [s, statusOf(w)]));
}

export function readDeals(doc: ArticleDoc, ctx: ReadingContext = {}): DealReading[] {
  const clauses = clausesOf(doc);
  const aliases = definedShortForms(doc);
  const statuses = sentenceStatuses(clauses);
  const held: Held[] = [];
  // Back references ("its", "the company") point to the first clause with companies of the latest sentence.
  let antecedents: Placed[] = [];
  let antecedentSentence = -1;
  for (const clause of clauses) {
    const last = held[held.length - 1];
    const plural = last && pluralSubject(clause) ? last.draft.parties.map((p) => ({ c: p.c, at: -1, prep: '' })) : [];
    const draft = readClause(clause, antecedents, ctx, plural, aliases);
    const placed = placeCompanies(clause);
    // A clause whose subject refers back ("it signed ... with Foo") keeps the company it refers to.
    const newTopic = placed.length > 0 && !clause.anaphoric;
    if (newTopic) antecedents = clause.tokens[0]?.sentence !== antecedentSentence ? placed : antecedents;
    if (newTopic) antecedentSentence = clause.sentence;
    // "months after the lab signed a contract": an earlier deal keeps the status of its own words.
    const status = clause.temporal
      ? statusOf(clause.tokens.map((t) => t.text.toLowerCase()))
      : (statuses.get(clause.sentence) ?? 'confirmed');
    if (draft) {
      const same = held.find(
        (h) =>
          h.sentences.has(clause.sentence) &&
          principalKey(h.draft) === principalKey(draft) &&
          FAMILY(h.draft.kind) === FAMILY(draft.kind),
      );
      const round = sameRound(held, draft, clause.sentence);
      if (round) {
        round.draft.money ??= draft.money;
        for (const p of draft.parties) if (p.role === 'investor') round.draft.parties.push(p);
        continue;
      }
      if (last && joinsRound(last, draft, clause.sentence)) {
        for (const p of draft.parties) last.draft.parties.push({ c: p.c, role: 'investor' });
        continue;
      }
      if (draft.kind === 'investment' && !draft.parties.some((p) => p.role === 'investee')) continue;
      // One named party makes a deal only as a round or with a figure (DEALS.md).
      const single = draft.parties.length < 2;
      if (single && draft.kind !== 'funding-round' && !draft.money && !draft.power) continue;
      if (same) {
        same.draft.money ??= draft.money;
        same.draft.gpus ??= draft.gpus;
        same.draft.power ??= draft.power;
        continue;
      }
      held.push({ draft, status, sentences: new Set([clause.sentence]), passing: clause.temporal });
      continue;
    }
    followUp(clause, held, status, placed.length > 0);
  }
  return held.map((h, index) => toReading(doc, h, index));
}

/** "Commonwealth Fusion Systems (CFS)": the short form in brackets right after a company names it. */
function definedShortForms(doc: ArticleDoc): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.mentions) {
    if (m.type !== 'company') continue;
    const after = /^\s*\(([A-Z][A-Za-z0-9&]{1,7})\)/.exec(doc.text.slice(m.end, m.end + 12));
    if (after) out.set(after[1], m.canonical);
  }
  return out;
}

/** "The two", "both companies": the parties of the deal just read. */
function pluralSubject(clause: Clause): boolean {
  const w = clause.tokens.slice(0, 3).map((t) => t.text.toLowerCase());
  return (w[0] === 'the' && (w[1] === 'two' || w[1] === 'companies' || w[1] === 'pair')) || w[0] === 'both';
}

/** A round of the same investee read a sentence ago ("That takes what the company has raised..."). */
function sameRound(held: Held[], draft: Draft, sentence: number): Held | undefined {
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
function joinsRound(last: Held, draft: Draft, sentence: number): boolean {
  return (
    last.draft.kind === 'funding-round' &&
    draft.kind === 'investment' &&
    sentence - Math.max(...last.sentences) <= 1 &&
    draft.parties.every((p) => p.role === 'investor')
  );
}

/** A sentence without a cue of its own ("The base contract is worth $7bn") adds to the last deal. */
function followUp(clause: Clause, held: Held[], status: DealStatus, hasCompanies: boolean) {
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
  last.status = laterStatus(last.status, status);
  last.sentences.add(clause.sentence);
}

function toReading(doc: ArticleDoc, h: Held, index: number): DealReading {
  const d = h.draft;
  const sentences = doc.sentences.filter((s) => h.sentences.has(s.index));
  const start = sentences[0]?.start ?? d.clause.start;
  const end = sentences[sentences.length - 1]?.end ?? d.clause.end;
  const money = d.money;
  const mentionIds = [
    ...d.parties.map((p) => p.c.id).filter((id) => id),
    ...(money ? [money.id] : []),
    ...(d.gpus ? [d.gpus.id] : []),
    ...(d.power ? [d.power.id] : []),
  ];
  return {
    id: `deal@${start}-${index}`,
    kind: d.kind,
    parties: d.parties.map((p) => ({ name: p.c.canonical, role: p.role, mentionIds: p.c.id ? [p.c.id] : [] })),
    money: money
      ? {
          mentionId: money.id,
          currency: money.currency,
          ...(money.amount !== undefined ? { amount: money.amount } : {}),
          ...(money.amountHigh !== undefined ? { amountHigh: money.amountHigh } : {}),
          period: money.period,
          ...(money.termMonths !== undefined ? { termMonths: money.termMonths } : {}),
        }
      : null,
    gpus:
      d.gpus && d.gpus.count !== undefined ? { mentionId: d.gpus.id, count: d.gpus.count, model: d.gpus.model } : null,
    powerWatts: d.power?.watts ?? null,
    ...(d.power ? { powerMentionId: d.power.id } : {}),
    status: h.status,
    evidence: { start, end, text: doc.text.slice(start, end) },
    mentionIds,
  };
}
