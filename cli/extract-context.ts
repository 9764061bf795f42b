// Where the CLI gets its company dictionary and FX table: the bundled feed (data/feed.json) when it
// exists, else the raw shared list plus data/companies-extra.json (the feed's own sources).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Company, Feed } from '../lib/feed/types';
import type { ExtractorContext } from '../lib/extract/index';
import { DEFAULT_FX } from '../lib/figures/fx';
import type { ReadingContext } from '../lib/reading/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/** Feed companies plus any extra company the feed does not name yet (merged by name, as the feed build does). */
export function loadExtractorContext({ extras = true } = {}): ExtractorContext {
  const feed = extras ? readJson<Feed | null>(join(root, 'data/feed.json'), null) : null;
  const base: Company[] = feed?.companies ?? readJson<Company[]>(join(root, '../shared/data/companies.json'), []);
  const names = new Set(base.map((c) => c.name));
  const extra = !extras
    ? []
    : readJson<Company[]>(join(root, 'data/companies-extra.json'), []).filter((c) => !names.has(c.name));
  return { companies: [...base, ...extra], fx: feed?.reference?.fx ?? DEFAULT_FX };
}

/** The reader's view of the same companies: their kinds (neocloud, chipmaker, energy...) by canonical name. */
export function readingContext(context: ExtractorContext): ReadingContext {
  const kinds = new Map(context.companies.map((c) => [c.name, c.kind as string]));
  return { companyKind: (name) => kinds.get(name) };
}
