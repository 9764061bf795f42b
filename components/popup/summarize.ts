// Turns a tab's PageSummary into the popup's lists: figures grouped by kind with normalized values,
// companies with their deal counts, and the cached deals the page matches. Pure.
import type { Mention } from '../../lib/extract/types';
import type { Deal, FxTable } from '../../lib/feed/types';
import type { LookupResult } from '../../lib/messages';
import { companySummary } from '../../lib/deals/lookup-result';
import { isDealOnPage } from '../../lib/deals/on-page';
import { matchPage, type PageMatch } from '../../lib/deals/my-deals-match';
import { readingWords } from '../../lib/figures/words';
import { FIGURE_KINDS, type MentionType } from '../../lib/figures/kinds';
import type { DealReading } from '../../lib/reading/types';
import type { DisplaySettings } from '../../lib/settings';
import { dealValue, gpuValue, moneyValue, powerValue } from './figureText';

/** Every figure kind of the registry (lib/figures/kinds.ts): each type but companies. */
export type FigureKind = Exclude<MentionType, 'company'>;
const FIGURE_TYPES = FIGURE_KINDS.map((k) => k.type).filter((t): t is FigureKind => t !== 'company');

export interface FigureItem {
  /** Index of the mention on the page (what `reveal` takes). */
  index: number;
  kind: FigureKind;
  /** The words as the page writes them. */
  text: string;
  /** The normalized value in the reader's currency and style. */
  value: string;
  /** Every page mention with the same words and value (listed once, with this count). */
  indexes: number[];
}

/** A deal the article reports (one reading): in words, with the cached deal it matches, if any. */
export interface ReportItem {
  id: string;
  reading: DealReading;
  words: string;
  /** The cached deal it matches, or the reader's saved one (`mine`). */
  match: PageMatch | null;
  /** Page mentions the reading rests on (what `reveal` takes). */
  indexes: number[];
}

export interface CompanyItem {
  name: string;
  /** Page mentions of this company, in page order. */
  indexes: number[];
  /** Deals the cache knows for it; null when the cache has no record of the company. */
  dealCount: number | null;
}

export interface DealItem {
  deal: Deal;
  /** The deal's headline figure normalized like the page's figures (rates annualized, the
   *  reader's currency); the card itself quotes the sources' own figures. */
  normalized: string | null;
  /** The page's words for the figures that match this deal. */
  matchedText: string[];
  /** Where on the page this deal shows: its matching figures first, else its parties. */
  indexes: number[];
  /** The page reports this deal (a reading of it matches: lib/deals/on-page.ts). The others are
   *  merely deals of the page's companies. */
  onPage: boolean;
}

interface PopupLists {
  reports: ReportItem[];
  figures: Record<FigureKind, FigureItem[]>;
  companies: CompanyItem[];
  deals: DealItem[];
  counts: { figures: number; companies: number; deals: number };
}

/** The page's reading of its deals: readings with page-wide mention ids, and each mention's id. */
interface PageReadings {
  readings: readonly DealReading[];
  mentionIds: readonly string[];
  /** The page's address: a reading saved from it is matched to its saved deal (My deals). */
  url?: string;
}

export function summarize(
  mentions: readonly Mention[],
  lookup: LookupResult | null,
  display: Pick<DisplaySettings, 'currency' | 'numbers'> & { types?: DisplaySettings['types'] },
  page: PageReadings = { readings: [], mentionIds: [] },
): PopupLists {
  const fx: FxTable | null = lookup?.reference.fx ?? null;
  const { currency, numbers: style } = display;
  const figures = Object.fromEntries(FIGURE_TYPES.map((t) => [t, []])) as unknown as Record<FigureKind, FigureItem[]>;
  const companies = new Map<string, CompanyItem>();

  mentions.forEach((m, index) => {
    // Types the reader switched off are not marked on the page, so they are not listed either.
    if (display.types?.[m.type] === false) return;
    if (m.type === 'company') {
      const item = companies.get(m.canonical) ?? {
        name: m.canonical,
        indexes: [],
        dealCount: companySummary(lookup, m.canonical)?.dealCount ?? null,
      };
      item.indexes.push(index);
      companies.set(m.canonical, item);
      return;
    }
    // A new figure kind adds its case here (the switch is exhaustive: tsc names the missing one).
    const value = (() => {
      switch (m.type) {
        case 'money':
          return moneyValue(m, currency, fx, style);
        case 'gpu':
          return gpuValue(m, style);
        case 'power':
          return powerValue(m);
      }
    })();
    const same = figures[m.type].find((f) => f.text === m.text && f.value === value);
    if (same) same.indexes.push(index);
    else figures[m.type].push({ index, kind: m.type, text: m.text, value, indexes: [index] });
  });

  const indexOfId = new Map(page.mentionIds.map((id, i) => [id, i]));
  const matches = matchPage(page.readings, lookup, fx, page.url ?? '');
  const reports: ReportItem[] = page.readings.map((reading) => ({
    id: reading.id,
    reading,
    words: readingWords(reading),
    match: matches.get(reading.id) ?? null,
    indexes: reading.mentionIds.flatMap((id) => (indexOfId.has(id) ? [indexOfId.get(id)!] : [])),
  }));

  const deals: DealItem[] = (lookup?.deals ?? []).map(({ deal, figureIndexes, partiesOnPage }) => {
    const partyIndexes = partiesOnPage.flatMap((p) => companies.get(p)?.indexes.slice(0, 1) ?? []);
    // The card quotes the deal's own figure; say what it comes to only when that differs.
    const v = deal.value;
    const differs = !!v && v.amount !== null && (v.period !== null || v.currency !== currency);
    return {
      deal,
      normalized: differs ? dealValue(deal, currency, fx, style) : null,
      matchedText: figureIndexes.map((i) => mentions[i]?.text).filter((t): t is string => !!t),
      indexes: figureIndexes.length ? figureIndexes : partyIndexes,
      onPage: isDealOnPage({ deal, readings: page.readings, fx }),
    };
  });

  const figureCount = FIGURE_TYPES.reduce((n, t) => n + figures[t].length, 0);
  return {
    reports,
    figures,
    companies: [...companies.values()],
    deals,
    counts: { figures: figureCount, companies: companies.size, deals: deals.length },
  };
}

/** The next page mention to reveal when the same item is clicked again: cycles through its marks. */
export function nextIndex(indexes: readonly number[], last: number | undefined): number | undefined {
  if (!indexes.length) return undefined;
  const at = last === undefined ? -1 : indexes.indexOf(last);
  return indexes[(at + 1) % indexes.length];
}
