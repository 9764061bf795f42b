// One page's deal readings → the deals the page reports, once each. The reader reads clause by
// clause, so a page that tells one deal over several sentences comes out as several readings, and a
// company named by its short form ("Halvard's") may keep that form. Here, before anything is
// proposed: every party gets its canonical name from the page's mentions; readings about the same
// principal parties and the same trade (or a purchase told as one) become one deal, whose kind the
// words of all its sentences settle (propose-kind.ts); a one-company trade sentence without a figure
// about a company of such a deal is a remark about that deal, not a second deal. Pure.
import type { ArticleDoc } from '../extract/document';
import type { DealParty, DealReading, PartyRole } from '../reading/types';
import { settleKind, TRADE_KINDS, weakAcquisition } from './propose-kind';

/** Each party under the canonical name of the company the page names (by its mention, or else by the
 *  same words as a company mention), and each company once. */
function canonicalParties(doc: ArticleDoc, reading: DealReading): DealParty[] {
  const companies = doc.mentions.filter((m) => m.type === 'company');
  const canonical = (p: DealParty) => {
    const byId = companies.find((m) => p.mentionIds.includes(m.id));
    const byText = companies.find((m) => doc.text.slice(m.start, m.end) === p.name);
    return (byId ?? byText)?.canonical ?? p.name;
  };
  const out: DealParty[] = [];
  for (const p of reading.parties) {
    const name = canonical(p);
    if (!out.some((q) => q.name === name)) out.push({ ...p, name });
  }
  return out;
}

const principal = (r: DealReading) => {
  const core = r.parties.filter((p) => p.role !== 'partner');
  return [...new Set((core.length ? core : r.parties).map((p) => p.name))].sort().join('|');
};

/** A trade, or a purchase the reader took for a takeover without a word for one. */
const tradeLike = (doc: ArticleDoc, r: DealReading) => TRADE_KINDS.has(r.kind) || weakAcquisition(doc, r);

const sameMoney = (a: DealReading['money'], b: DealReading['money']) =>
  !a || !b || (a.currency === b.currency && a.amount === b.amount && a.period === b.period);

/** Two readings of one page that tell the same deal. Two different figures are two deals. */
function sameDealOnPage(doc: ArticleDoc, a: DealReading, b: DealReading): boolean {
  if (principal(a) !== principal(b) || !sameMoney(a.money, b.money)) return false;
  return a.kind === b.kind || (tradeLike(doc, a) && tradeLike(doc, b));
}

/** A one-company trade sentence with no money, about a company of a deal read on the page. */
function remarkOn(group: DealReading[], r: DealReading): boolean {
  if (r.parties.length !== 1 || r.money || !TRADE_KINDS.has(r.kind)) return false;
  return group.some((g) => g.parties.length > 1 && g.parties.some((p) => p.name === r.parties[0].name));
}

/** A purchase's roles as a trade's (the payer buys, the paid side sells). */
const TRADE_ROLE: Partial<Record<PartyRole, PartyRole>> = { acquirer: 'buyer', target: 'seller' };

/** One reading for a group: the kind settled, the parties of the reading that named that kind
 *  (else the first), the first of each figure, every sentence as evidence. */
function mergeGroup(doc: ArticleDoc, group: DealReading[]): DealReading {
  const kind = settleKind(doc, group);
  const base = group.find((r) => r.kind === kind && r.parties.length > 1) ?? group[0];
  const role = (p: DealParty): DealParty => (TRADE_KINDS.has(kind) ? { ...p, role: TRADE_ROLE[p.role] ?? p.role } : p);
  const parties = base.parties.map(role);
  for (const r of group) for (const p of r.parties) if (!parties.some((q) => q.name === p.name)) parties.push(role(p));
  const first = <T>(pick: (r: DealReading) => T | null | undefined) =>
    group.map(pick).find((v) => v !== null && v !== undefined) ?? null;
  const power = group.find((r) => r.powerWatts !== null);
  const sentences = [...new Map(group.map((r) => [r.evidence.start, r.evidence])).values()].sort(
    (a, b) => a.start - b.start,
  );
  return {
    ...base,
    kind,
    parties,
    money: first((r) => r.money),
    gpus: first((r) => r.gpus),
    powerWatts: power?.powerWatts ?? null,
    ...(power?.powerMentionId ? { powerMentionId: power.powerMentionId } : {}),
    // The page saying the deal ended outweighs its earlier sentences.
    status: group.some((r) => r.status === 'terminated') ? 'terminated' : base.status,
    evidence: {
      start: sentences[0].start,
      end: Math.max(...sentences.map((s) => s.end)),
      text: sentences.map((s) => s.text).join(' … '),
    },
    mentionIds: [...new Set(group.flatMap((r) => r.mentionIds))],
  };
}

/** The deals `readings` (of `doc`, in reading order) report, each once, in the order first read. */
export function pageDeals(doc: ArticleDoc, readings: DealReading[]): DealReading[] {
  const named = readings.map((r) => ({ ...r, parties: canonicalParties(doc, r) }));
  const groups: DealReading[][] = [];
  for (const r of named) {
    const group = groups.find((g) => g.every((x) => sameDealOnPage(doc, x, r)));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const deals = groups.filter((g) => !(g.length === 1 && groups.some((o) => o !== g && remarkOn(o, g[0]))));
  return deals.map((g) => (g.length === 1 ? { ...g[0], kind: settleKind(doc, g) } : mergeGroup(doc, g)));
}
