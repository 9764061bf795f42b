// Builds the bundled default feed, data/feed.json, from the shared research data.
//   npm run build:feed [-- SHARED_DATA_DIR] [--generated-at ISO]
// The output is committed so extension builds never need ../shared.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedFromShared } from '../lib/feed/from-shared';
import { FX_REFERENCE } from '../lib/feed/fx-reference';
import { feedJsonSchema } from '../lib/feed/json-schema';
import { validateFeed } from '../lib/feed/validate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = args.indexOf('--generated-at');
const generatedAt = flag >= 0 ? args[flag + 1] : new Date().toISOString();
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--generated-at');
const sharedDir = resolve(positional[0] ?? join(root, '..', 'shared', 'data'));
const extraPath = join(root, 'data', 'companies-extra.json');
const outPath = join(root, 'data', 'feed.json');
const schemaPath = join(root, 'data', 'feed.schema.json');

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function main(): void {
  const notes: string[] = [];
  const feed = feedFromShared(
    {
      deals: readJson(join(sharedDir, 'deals.json')),
      companies: readJson(join(sharedDir, 'companies.json')),
      accelerators: readJson(join(sharedDir, 'accelerators.json')),
      extraCompanies: existsSync(extraPath) ? readJson(extraPath) : [],
    },
    FX_REFERENCE,
    generatedAt,
    notes,
  );
  for (const note of notes) console.warn(`note: ${note}`);
  const result = validateFeed(feed);
  if (!result.ok) {
    console.error(result.errors.join('\n'));
    process.exit(1);
  }
  writeFileSync(schemaPath, JSON.stringify(feedJsonSchema(), null, 2) + '\n');
  writeFileSync(outPath, JSON.stringify(feed, null, 1) + '\n');
  console.log(
    `${outPath}: ${feed.deals.length} deals, ${feed.companies.length} companies, ` +
      `${feed.reference.accelerators.length} accelerators, FX ${feed.reference.fx.date}`,
  );
}

main();
