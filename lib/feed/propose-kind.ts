// What a page's deal is about, judged again for the feed over the whole of its evidence: the reader
// decides a kind clause by clause, and a page often tells one deal over several sentences ("won an
// order" … "will buy its switch silicon"). Pure; word tests come from the reader's own tables
// (lib/reading/kind-words, lib/reading/cues) so the two never disagree on what a word means.
import type { ArticleDoc, DocMention } from '../extract/document';
import { tokenize } from '../extract/tokens';
import type { Clause } from '../reading/clauses';
import { cueAt } from '../reading/cues';
import { CLOUD_WORDS, kindFromWords, LEASE_WORDS, POWER_WORDS } from '../reading/kind-words';
import type { DealKind, DealReading } from '../reading/types';

/** Kinds of trade between a buyer and a seller, told apart only by what changes hands. */
export const TRADE_KINDS: ReadonlySet<DealKind> = new Set(['compute-lease', 'cloud-contract', 'chip-supply', 'power']);

/** The evidence's words, lower-case, with the words inside company names blanked ("Caldera Cloud"
 *  says nothing about cloud services). */
function evidenceWords(doc: ArticleDoc, reading: DealReading): string[] {
  const { start, text } = reading.evidence;
  const names = doc.mentions.filter((m) => m.type === 'company' && m.end > start && m.start < start + text.length);
  return tokenize(text).map((t) =>
    names.some((m) => m.start <= start + t.start && start + t.end <= m.end) ? '' : t.text.toLowerCase(),
  );
}

/** True when a cue word of the evidence names `kind` itself ("acquire", "power purchase"). */
function cueNames(words: string[], kind: DealKind): boolean {
  return words.some((_, i) => cueAt(words, i)?.cue.kind === kind);
}

/** The figures the reading carries, as the mentions of a clause over its evidence (only these, not
 *  every figure of the sentence, say what the deal is about). */
function carriedFigures(doc: ArticleDoc, reading: DealReading, words: string[]): DocMention[] {
  const ids = [reading.gpus?.mentionId, reading.powerMentionId];
  const figures = doc.mentions.filter((m) => ids.includes(m.id));
  // Data-centre capacity is sized in MW too: a power figure next to renting or cloud words, with no
  // word for electricity, is the size of the capacity rented ("operate 1 GW of capacity"), not power bought.
  const rented = words.some((w) => LEASE_WORDS.has(w) || CLOUD_WORDS.has(w));
  const electric = words.some((w) => POWER_WORDS.has(w));
  return rented && !electric ? figures.filter((m) => m.type !== 'power') : figures;
}

/** The trade kind the evidence names, if any: `named` when a cue word names the trade itself
 *  ("rent", "power purchase"), otherwise inferred from what is bought ("chips", "electricity"). */
function tradeKindOf(doc: ArticleDoc, reading: DealReading): { kind: DealKind; named: boolean } | undefined {
  const words = evidenceWords(doc, reading);
  const cued = words.map((_, i) => cueAt(words, i)?.cue.kind).find((k) => k && TRADE_KINDS.has(k));
  if (cued) return { kind: cued, named: true };
  const { start, end } = reading.evidence;
  const mentions = carriedFigures(doc, reading, words).map((m) => ({ m, at: 0 }));
  const clause: Clause = { sentence: 0, tokens: [], mentions, anaphoric: false, start, end, asides: [] };
  const inferred = kindFromWords(words, clause);
  return inferred ? { kind: inferred, named: false } : undefined;
}

/** An acquisition the reader inferred from a buying verb alone ("will pay Foo …"), with no word
 *  for taking a company over. */
export function weakAcquisition(doc: ArticleDoc, reading: DealReading): boolean {
  return reading.kind === 'acquisition' && !cueNames(evidenceWords(doc, reading), 'acquisition');
}

/** The kind of one deal told by `readings` (same parties, one page). A round, a stake, a venture, a
 *  capex plan or a named takeover keeps the reader's kind. A trade takes the kind its sentences name
 *  (a "power purchase agreement" outweighs a passing "GPU cloud provider"), else the kind what they
 *  say is bought points to most often (the first on a tie), else the reader's. */
export function settleKind(doc: ArticleDoc, readings: DealReading[]): DealKind {
  const hasTrade = readings.some((r) => TRADE_KINDS.has(r.kind));
  const fixed = readings.find((r) => !TRADE_KINDS.has(r.kind) && !(hasTrade && weakAcquisition(doc, r)));
  if (fixed) return fixed.kind;
  const found = readings.map((r) => tradeKindOf(doc, r)).filter((k) => k !== undefined);
  const named = found.filter((k) => k.named);
  return (
    mostOften((named.length ? named : found).map((k) => k.kind)) ??
    readings.find((r) => TRADE_KINDS.has(r.kind))?.kind ??
    readings[0].kind
  );
}

function mostOften<T>(items: T[]): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const item of items) {
    const count = items.filter((x) => x === item).length;
    if (count > bestCount) [best, bestCount] = [item, count];
  }
  return best;
}
