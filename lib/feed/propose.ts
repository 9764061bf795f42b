// Deal readings of saved pages → candidate deal records for the feed (`npm run -s feed -- propose`).
// Pure. Each page's readings first become the deals the page reports, once each (propose-page.ts). A reading that
// matches a deal the feed has (same kind and principal parties, announced within
// MATCH_WINDOW_DAYS) becomes an update of it with the fields that differ; the same new deal read on
// several pages becomes one candidate with every page as a source.
import { formatMoneyRange } from '../figures/format';
import { KIND_WORDS } from '../figures/words';
import { sameDeal, type Candidate } from './candidate';
import { sourceDeal } from './from-sources';
import { pageDeals } from './propose-page';
import type { ArticleDoc } from '../extract/document';
import type { DealReading } from '../reading/types';
import type { Deal, DealValue, Feed, Source } from './types';

export interface ProposedPage {
  /** The page's article as the extractor read it (its mentions give the parties' canonical names). */
  doc: ArticleDoc;
  /** The deal reader's readings of `doc`. */
  readings: DealReading[];
  /** The page's source record, or null for a plain-text file (the reviewer adds one). */
  source: Source | null;
}

const PERIOD: Record<string, DealValue['period']> = {
  'one-time': null,
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function valueOf(money: DealReading['money']): DealValue | null {
  if (!money) return null;
  const high = money.amountHigh;
  return {
    currency: money.currency,
    // A range keeps its upper end as the amount and the whole range in the note (data/sources rules).
    amount: high ?? money.amount ?? null,
    period: PERIOD[money.period] ?? null,
    termMonths: money.termMonths ?? null,
    total: null,
    note:
      high !== undefined && money.amount !== undefined
        ? `reported as a range, ${formatMoneyRange(money.amount, high, money.currency)}; amount is the upper end`
        : null,
  };
}

/** The feed record a reading describes (id not yet unique; status `terminated` kept as `reported`). */
export function dealFromReading(reading: DealReading, source: Source | null, announced: string): Deal {
  const parties = reading.parties.map((p) => ({ name: p.name, role: p.role }));
  const names = [...new Set(parties.map((p) => p.name))];
  return {
    id: [...names.slice(0, 2).map(slug), reading.kind, announced.slice(0, 4)].filter(Boolean).join('-'),
    title: `${names.join(', ')}: ${KIND_WORDS[reading.kind]}`,
    kind: reading.kind,
    parties,
    announced,
    value: valueOf(reading.money),
    gpus: reading.gpus ? { count: reading.gpus.count, model: reading.gpus.model } : null,
    powerWatts: reading.powerWatts,
    location: null,
    status: reading.status === 'terminated' ? 'reported' : reading.status,
    sources: source ? [source] : [],
  };
}

const STATUS_RANK = { rumored: 0, reported: 1, confirmed: 2 } as const;

function addSource(sources: Source[], source: Source | null): Source[] {
  return source && !sources.some((s) => s.url === source.url) ? [...sources, source] : sources;
}

/** `known` with what `fresh` adds: figures it states that differ, a firmer status, new parties, its
 *  sources. Returns the record and the dotted paths that changed. */
function updateOf(known: Deal, fresh: Deal): { deal: Deal; differs: string[] } {
  const deal = sourceDeal(known);
  const differs: string[] = [];
  const set = (path: string, changed: boolean, apply: () => void) => {
    if (!changed) return;
    differs.push(path);
    apply();
  };
  const v = fresh.value;
  if (v && v.amount !== null) {
    const old = deal.value;
    set('value.currency', old?.currency !== v.currency, () => (deal.value = { ...(old ?? v), currency: v.currency }));
    set('value.amount', old?.amount !== v.amount, () => (deal.value = { ...deal.value!, amount: v.amount }));
    set('value.period', old?.period !== v.period, () => (deal.value = { ...deal.value!, period: v.period }));
    if (v.termMonths !== null)
      set('value.termMonths', old?.termMonths !== v.termMonths, () => (deal.value!.termMonths = v.termMonths));
  }
  if (fresh.gpus?.count)
    set('gpus.count', deal.gpus?.count !== fresh.gpus.count, () => {
      deal.gpus = { count: fresh.gpus!.count, model: fresh.gpus!.model ?? deal.gpus?.model ?? null };
    });
  if (fresh.powerWatts !== null)
    set('powerWatts', deal.powerWatts !== fresh.powerWatts, () => (deal.powerWatts = fresh.powerWatts));
  set('status', STATUS_RANK[fresh.status] > STATUS_RANK[deal.status], () => (deal.status = fresh.status));
  const newParties = fresh.parties.filter((p) => !deal.parties.some((q) => q.name === p.name));
  set('parties', newParties.length > 0, () => (deal.parties = [...deal.parties, ...newParties]));
  const sources = fresh.sources.reduce((all, source) => addSource(all, source), deal.sources);
  set('sources', sources !== deal.sources, () => (deal.sources = sources));
  return { deal, differs };
}

/** A new candidate read again: keep its figures, take the parties and figures it lacks and the new sources. */
function fillFrom(deal: Deal, fresh: Deal): Deal {
  return {
    ...deal,
    parties: [...deal.parties, ...fresh.parties.filter((p) => !deal.parties.some((q) => q.name === p.name))],
    value: deal.value ?? fresh.value,
    gpus: deal.gpus ?? fresh.gpus,
    powerWatts: deal.powerWatts ?? fresh.powerWatts,
    sources: fresh.sources.reduce((all, source) => addSource(all, source), deal.sources),
  };
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/** Candidates for every reading of every page, in page and reading order. `today` (YYYY-MM-DD) dates
 *  a reading whose page states no date. */
export function proposeDeals(pages: ProposedPage[], feed: Pick<Feed, 'deals'>, today: string): Candidate[] {
  const taken = new Set(feed.deals.map((d) => d.id));
  const candidates: Candidate[] = [];
  for (const page of pages) {
    for (const reading of pageDeals(page.doc, page.readings)) {
      const fresh = dealFromReading(reading, page.source, page.source?.date ?? today);
      const ended = reading.status === 'terminated' ? { ended: true } : {};
      // Between candidates neither is the record: a bare reading and a fuller one of the same deal meet either way
      // round.
      const earlier = candidates.find((c) => sameDeal(fresh, c.deal) || sameDeal(c.deal, fresh));
      if (earlier) {
        // The same deal again (another sentence or another page): one candidate with every source.
        const again = updateOf(earlier.deal, fresh);
        earlier.differs = earlier.updateOf ? [...new Set([...earlier.differs, ...again.differs])] : [];
        earlier.deal = earlier.updateOf ? again.deal : fillFrom(earlier.deal, fresh);
        continue;
      }
      const known = feed.deals.find((d) => sameDeal(fresh, d));
      if (known) {
        const update = updateOf(known, fresh);
        candidates.push({
          updateOf: known.id,
          differs: update.differs,
          needsReview: true,
          evidence: reading.evidence.text,
          ...ended,
          deal: update.deal,
        });
      } else {
        fresh.id = uniqueId(fresh.id, taken);
        candidates.push({
          updateOf: null,
          differs: [],
          needsReview: true,
          evidence: reading.evidence.text,
          ...ended,
          deal: fresh,
        });
      }
    }
  }
  return candidates;
}
