// npm run -s extract -- [--deals [--no-nlp]] FILE (.txt or .html) → {"mentions":[...]} (plus "deals" with --deals)
// npm run -s extract -- [--deals [--no-nlp]] --jsonl < corpus.jsonl
//   → one {"id","mentions"[,"deals"]} line per input line
// The language the numbers are read by: an HTML file's <html lang>, a --jsonl line's "lang" field.
// Deals are read as the eval scores them: the rules, then compromise on the sentences a reading rests on
// (--no-nlp: the rules alone, as the page reads).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createExtractor } from '../lib/extract/index';
import { articleTextFromHtml } from './html-article';
import { loadExtractorContext, readingContext } from './extract-context';
import { readDeals } from '../lib/reading/index';
import { readDealsWithNlp } from '../lib/reading/nlp';
import { dealOutput } from './deal-output';

/** The extractor run of the CLI: text (and its language, when known) → the output object. */
export function cliExtractor(deals: boolean, nlp = true) {
  const context = loadExtractorContext();
  const extract = createExtractor(context);
  const ctx = readingContext(context);
  const run = async (text: string, lang?: string) => {
    const doc = extract.document(text, lang ? { lang } : undefined);
    const mentions = doc.mentions.map(({ id: _id, sentence: _s, ...m }) => m);
    if (!deals) return { mentions };
    const readings = nlp ? await readDealsWithNlp(doc, ctx) : readDeals(doc, ctx);
    return { mentions, deals: readings.map(dealOutput) };
  };
  return {
    /** One --jsonl line: {"id","text"[,"lang"]} → {"id","mentions"…}. */
    line: async (line: string) => {
      const row = JSON.parse(line) as { id: string; text: string; lang?: string };
      return { id: row.id, ...(await run(row.text, row.lang)) };
    },
    /** A file's contents: HTML is read for its article text and <html lang>, anything else as text. */
    file: (name: string, raw: string) => {
      const { text, lang } = /\.html?$/i.test(name) ? articleTextFromHtml(raw) : { text: raw, lang: undefined };
      return run(text, lang);
    },
  };
}

async function main(args: string[]) {
  const rest = args.filter((a) => a !== '--deals' && a !== '--no-nlp');
  const cli = cliExtractor(args.includes('--deals'), !args.includes('--no-nlp'));
  if (rest[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      process.stdout.write(JSON.stringify(await cli.line(line)) + '\n');
    }
    return;
  }
  const file = rest[0];
  if (!file) {
    process.stderr.write(
      'usage: npm run -s extract -- [--deals [--no-nlp]] FILE.txt|FILE.html  |  [--deals [--no-nlp]] ' +
        '--jsonl < corpus.jsonl\n',
    );
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(await cli.file(file, readFileSync(file, 'utf8'))) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(String(e?.stack ?? e) + '\n');
    process.exit(1);
  });
}
