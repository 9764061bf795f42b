// Where the CLI gets its company dictionary: the bundled feed (data/feed.json, committed
// and rebuilt by `npm run build:feed`). `extras: false` takes the research's own company list
// (data/sources/companies.json) without the project's curated layer, to measure what that layer adds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Company, Feed } from '../lib/feed/types';
import type { ExtractorContext } from '../lib/extract/index';
import type { ReadingContext } from '../lib/reading/types';
import { BUNDLED_FEED, SOURCES_DIR } from './feed-files';

function readJson<T>(path: string): T {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:feed\` in the repository`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadExtractorContext({ extras = true } = {}): ExtractorContext {
  if (!extras) return { companies: readJson<Company[]>(join(SOURCES_DIR, 'companies.json')) };
  const feed = readJson<Feed>(BUNDLED_FEED);
  return { companies: feed.companies };
}

/** The reader's view of the same companies: their kinds (neocloud, chipmaker, energy...) by canonical name. */
export function readingContext(context: ExtractorContext): ReadingContext {
  const kinds = new Map(context.companies.map((c) => [c.name, c.kind as string]));
  return { companyKind: (name) => kinds.get(name) };
}
