// Feed tools, on the same validator the extension uses.
//   npm run -s feed -- check FILE|URL   errors with JSON paths; exit 1 when invalid
//   npm run -s feed -- stats [FILE] [--json]   counts by kind/status, companies, date range (no FILE:
//     the repository's bundled feed, data/feed.json, which a test keeps equal to data/sources)
//   npm run -s feed -- propose ARTICLE.html…   candidate deal records from saved pages (JSON)
//   npm run -s feed -- add CANDIDATES.json   reviewed candidates into data/sources/deals.json
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feedStats } from '../lib/feed/stats';
import { feedWarnings, MAX_FEED_BYTES, parseFeedText } from '../lib/feed/validate';
import { fetchFeed } from '../lib/sync/http';
import { add, propose, type DealReader, type Io } from './feed-publish';
import { BUNDLED_FEED } from './feed-files';
import { useMessages } from '../lib/i18n';
import english from '../public/_locales/en/messages.json';

const USAGE = [
  'usage: npm run -s feed -- check FILE|URL',
  '       npm run -s feed -- stats [FILE] [--json]',
  '       npm run -s feed -- propose ARTICLE.html|ARTICLE.txt… [--feed FEED.json]',
  '       npm run -s feed -- add CANDIDATES.json [--sources DIR]',
].join('\n');

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetchFeed(
      source,
      { etag: null, lastModified: null },
      { timeoutMs: 30_000, maxBytes: MAX_FEED_BYTES },
    );
    if (res.status !== 'ok') throw new Error('server answered 304 Not Modified to an unconditional request');
    return res.text;
  }
  return readFile(source, 'utf8');
}

/** Returns the exit code. */
export async function runFeedCli(args: string[], io: Io, reader?: DealReader | null): Promise<number> {
  const [command] = args;
  if (command === 'propose') return propose(args.slice(1), io, reader);
  if (command === 'add') return add(args.slice(1), io);
  const named = args.slice(1).find((a) => !a.startsWith('--'));
  // Without a file, stats reports the repository's own feed: the one the extension bundles.
  const source = named ?? (command === 'stats' ? BUNDLED_FEED : undefined);
  if (!source || (command !== 'check' && command !== 'stats')) {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readSource(source);
  } catch (e) {
    io.err(`${source}: ${(e as Error).message}`);
    return 1;
  }
  const result = parseFeedText(text);
  if (!result.ok) {
    for (const error of result.errors) io.out(`${source}: ${error}`);
    io.err(`${source}: invalid feed (${result.errors.length} error${result.errors.length === 1 ? '' : 's'} shown)`);
    return 1;
  }
  if (command === 'check') {
    for (const warning of feedWarnings(result.feed)) io.out(`${source}: warning: ${warning}`);
    io.out(
      `${source}: valid deallens-feed v1 ` +
        `(${result.feed.deals.length} deals, ${result.feed.companies.length} companies)`,
    );
    return 0;
  }
  const stats = feedStats(result.feed);
  if (args.includes('--json')) io.out(JSON.stringify(stats, null, 2));
  else {
    const line = (label: string, value: unknown) =>
      io.out(`${label.padEnd(22)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
    if (!named) line('file', relative(process.cwd(), source));
    for (const [key, value] of Object.entries(stats)) line(key, value);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // No browser here: proposed records are written in English (their titles name the deal kind).
  useMessages(english);
  // `feed stats FILE | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  runFeedCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
