// The publisher's commands: `feed propose ARTICLE.html|.txt…` (deal readings of saved pages → candidate
// records, JSON on stdout) and `feed add CANDIDATES.json [--sources DIR]` (reviewed candidates →
// data/sources/deals.json). File I/O and the clock live here; the logic is lib/feed/{propose,add}.ts.
import { readFile } from 'node:fs/promises';
import { createExtractor, type ArticleDoc, type ExtractorContext } from '../lib/extract/index';
import { articleTextFromHtml, parseDocument } from './html-article';
import { addCandidates } from '../lib/feed/add';
import { pageSource, sourceOfPage } from '../lib/feed/page-source';
import { proposeDeals, type ProposedPage } from '../lib/feed/propose';
import { readDealsWithNlp } from '../lib/reading/nlp';
import type { DealReading } from '../lib/reading/types';
import type { Feed } from '../lib/feed/types';
import { loadExtractorContext, readingContext } from './extract-context';
import { BUNDLED_FEED, readSources, SOURCES_DIR, writeSourceDeals } from './feed-files';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Article text (in `lang`, when the page says) → its document and the deals the reader finds in it. */
export interface DealReader {
  read(
    text: string,
    ctx: ExtractorContext,
    lang?: string,
  ): { doc: ArticleDoc; readings: DealReading[] } | Promise<{ doc: ArticleDoc; readings: DealReading[] }>;
}

/** The deal reader of lib/reading over the extractor's article document, as the eval scores it (the
 *  rules, then compromise on the sentences a reading rests on: it names counterparties the feed lacks). */
const DEAL_READER: DealReader | null = {
  read: async (text, ctx, lang) => {
    const doc = createExtractor(ctx).document(text, lang ? { lang } : undefined);
    return { doc, readings: await readDealsWithNlp(doc, readingContext(ctx)) };
  },
};

const today = () => new Date().toISOString().slice(0, 10);

interface SavedPage {
  text: string;
  /** `<html lang>` of a saved page (a .txt file does not say). */
  lang?: string;
  source: ProposedPage['source'];
}

async function readPage(file: string): Promise<SavedPage> {
  const raw = await readFile(file, 'utf8');
  if (!/\.html?$/i.test(file)) return { text: raw, source: null };
  const { text, lang } = articleTextFromHtml(raw);
  return { text, lang, source: sourceOfPage(pageSource(parseDocument(raw))) };
}

export async function propose(args: string[], io: Io, reader = DEAL_READER): Promise<number> {
  const feedAt = args.indexOf('--feed');
  const feedPath = feedAt >= 0 ? args[feedAt + 1] : BUNDLED_FEED;
  const files = args.filter((a, i) => a !== '--feed' && args[i - 1] !== '--feed');
  if (!files.length) {
    io.err('usage: npm run -s feed -- propose ARTICLE.html|ARTICLE.txt… [--feed FEED.json]');
    return 2;
  }
  if (!reader) {
    io.err(
      'feed propose: deal reader not available in this build (lib/reading is not connected; see cli/feed-publish.ts)',
    );
    return 1;
  }
  let feed: Feed;
  const pages: ProposedPage[] = [];
  const ctx = loadExtractorContext();
  let file = feedPath;
  try {
    feed = JSON.parse(await readFile(feedPath, 'utf8')) as Feed;
    for (file of files) {
      const { text, lang, source } = await readPage(file);
      if (!source) io.err(`${file}: no web address in the page (og:url or canonical link): add its source by hand`);
      pages.push({ ...(await reader.read(text, ctx, lang)), source });
    }
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return 1;
  }
  const candidates = proposeDeals(pages, feed, today());
  io.out(JSON.stringify({ candidates }, null, 2));
  const updates = candidates.filter((c) => c.updateOf).length;
  io.err(
    `${candidates.length} candidate(s): ${candidates.length - updates} new, ${updates} update(s). ` +
      `Review each against ` +
      'its source, set "needsReview" to false, then: npm run -s feed -- add FILE.json',
  );
  return 0;
}

export async function add(args: string[], io: Io): Promise<number> {
  const dirAt = args.indexOf('--sources');
  const dir = dirAt >= 0 ? args[dirAt + 1] : SOURCES_DIR;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--sources');
  if (!file) {
    io.err('usage: npm run -s feed -- add CANDIDATES.json [--sources DIR]');
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return 1;
  }
  const sources = readSources(dir);
  const result = addCandidates(sources.deals, value);
  if (!result.ok) {
    for (const error of result.errors) io.out(`${file}: ${error}`);
    io.err(`${file}: nothing added (${result.errors.length} problem(s))`);
    return 1;
  }
  writeSourceDeals(result.deals, dir);
  const known = new Set([...sources.companies, ...(sources.extraCompanies ?? [])].map((c) => c.name));
  const unknown = [...new Set(result.deals.flatMap((d) => d.parties.map((p) => p.name)))].filter((n) => !known.has(n));
  for (const name of unknown) io.out(`warning: ${JSON.stringify(name)} is not in companies.json: add it there`);
  io.out(`added ${result.added.length}, updated ${result.updated.length} in ${dir}/deals.json`);
  io.out('now rebuild the bundled feed: npm run build:feed');
  return 0;
}
