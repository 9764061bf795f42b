// readDeals(doc): the deals a passage reports (docs/LABELING.md), pure and synchronous.
// Stages: clauses → one draft per clause with a deal cue → drafts about the same parties in one
// sentence merge → follow-up sentences lend a value and a status → readings with ids and evidence.
import type { ArticleDoc } from '../extract/document';
import { clausesOf, type Clause } from './clauses';
import { placeCompanies, type Placed } from './parties';
import {
  FAMILY,
  followUp,
  joinsRound,
  paysLast,
  perCounterparty,
  pluralSubject,
  principalKey,
  sameRound,
  type Held,
} from './held-deals';
import { readClause } from './read-clause';
import { SELLER_OF } from './roles';
import { laterStatus, statusOf } from './status';
import { toReading } from './to-reading';
import type { DealReading, DealStatus, ReadingContext } from './types';

/** Each sentence's status, from its clauses' words but those of an earlier deal told in passing: read
 *  when a clause of the sentence asks (most sentences hold no deal), once per sentence. */
function sentenceStatuses(clauses: Clause[]): (sentence: number) => DealStatus | undefined {
  const bySentence = new Map<number, Clause[]>();
  const lang = clauses[0]?.lang.status;
  for (const c of clauses) {
    if (c.temporal) continue;
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const known = new Map<number, DealStatus>();
  return (sentence) => {
    const seen = known.get(sentence);
    if (seen) return seen;
    const cs = bySentence.get(sentence);
    if (!cs) return undefined;
    const status = statusOf(
      cs.flatMap((c) => c.tokens.map((t) => t.text.toLowerCase())),
      lang,
    );
    known.set(sentence, status);
    return status;
  };
}

export function readDeals(doc: ArticleDoc, given: ReadingContext = {}): DealReading[] {
  const clauses = clausesOf(doc);
  const aliases = definedShortForms(doc);
  const statuses = sentenceStatuses(clauses);
  const held: Held[] = [];
  // A company the feed does not know is known by what it sold earlier in the passage ("Foo hat … an Bar
  // vermietet … hatte mit Baz über eine Anmietung verhandelt": Foo lets again).
  // Only capacity let out says what the company is: selling power once does not make its stake sale a power deal.
  const soldBefore = (name: string) =>
    held.find(
      (h) =>
        (h.draft.kind === 'compute-lease' || h.draft.kind === 'cloud-contract') &&
        h.draft.parties.some((p) => p.role === 'seller' && p.c.canonical === name),
    )?.draft.kind;
  const ctx: ReadingContext = {
    companyKind: (name) => given.companyKind?.(name) ?? SELLER_OF[soldBefore(name) ?? 'capex'],
  };
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
    // Read only for a clause that holds or adds to a deal.
    const status = () =>
      clause.temporal
        ? statusOf(
            clause.tokens.map((t) => t.text.toLowerCase()),
            clause.lang.status,
          )
        : (statuses(clause.sentence) ?? 'confirmed');
    const paid = paysLast(held, clause, placed);
    if (paid) {
      paid.status = laterStatus(paid.status, status());
      continue;
    }
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
      for (const one of perCounterparty(draft))
        held.push({ draft: one, status: status(), sentences: new Set([clause.sentence]), passing: clause.temporal });
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
