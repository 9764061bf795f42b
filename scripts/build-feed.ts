// Builds the bundled default feed, data/feed.json, from data/sources/ and data/companies-extra.json
// (and emits data/feed.schema.json). Same sources, same bytes: see lib/feed/from-sources.ts.
//   npm run build:feed
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FEED, buildFeed, REPO_ROOT } from '../cli/feed-files';
import { feedJsonSchema } from '../lib/feed/json-schema';

const build = buildFeed();
if (!build.ok) {
  console.error(build.errors.join('\n'));
  process.exit(1);
}
for (const note of build.notes) console.warn(`note: ${note}`);
writeFileSync(join(REPO_ROOT, 'data', 'feed.schema.json'), JSON.stringify(feedJsonSchema(), null, 2) + '\n');
writeFileSync(BUNDLED_FEED, build.text);
const { feed } = build;
console.log(
  `${BUNDLED_FEED}: ${feed.deals.length} deals, ${feed.companies.length} companies, ` +
    `${feed.reference.accelerators.length} accelerators, FX ${feed.reference.fx.date}, generatedAt ${feed.generatedAt}`,
);
