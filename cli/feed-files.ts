// Node-side file access for the feed's sources: data/sources/{deals,companies,accelerators}.json and
// data/companies-extra.json, all inside the repository. Used by `npm run build:feed`, `feed add` and
// the tests that rebuild the bundled feed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedFromSources, feedText, type FeedSources } from '../lib/feed/from-sources';
import { FX_REFERENCE } from '../lib/feed/fx-reference';
import { validateFeed } from '../lib/feed/validate';
import type { Feed } from '../lib/feed/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(REPO_ROOT, 'data', 'sources');
export const EXTRA_COMPANIES = join(REPO_ROOT, 'data', 'companies-extra.json');
export const BUNDLED_FEED = join(REPO_ROOT, 'data', 'feed.json');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The sources in `dir` (deals, companies, accelerators) plus the curated extra companies. */
export function readSources(dir = SOURCES_DIR, extraPath = EXTRA_COMPANIES): FeedSources {
  return {
    deals: readJson(join(dir, 'deals.json')),
    companies: readJson(join(dir, 'companies.json')),
    accelerators: readJson(join(dir, 'accelerators.json')),
    extraCompanies: existsSync(extraPath) ? readJson(extraPath) : [],
  };
}

export function writeSourceDeals(deals: FeedSources['deals'], dir = SOURCES_DIR): void {
  writeFileSync(join(dir, 'deals.json'), JSON.stringify(deals, null, 1) + '\n');
}

type FeedBuild = { ok: true; feed: Feed; text: string; notes: string[] } | { ok: false; errors: string[] };

/** The bundled feed built from the sources, validated, with its committed text. Reads, never writes. */
export function buildFeed(dir = SOURCES_DIR, extraPath = EXTRA_COMPANIES): FeedBuild {
  const notes: string[] = [];
  const feed = feedFromSources(readSources(dir, extraPath), FX_REFERENCE, notes);
  const result = validateFeed(feed);
  return result.ok ? { ok: true, feed, text: feedText(feed), notes } : { ok: false, errors: result.errors };
}
