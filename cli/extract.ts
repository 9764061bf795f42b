// npm run -s extract -- [--deals] FILE (.txt or .html) → {"mentions":[...]} (plus "deals" with --deals)
// npm run -s extract -- [--deals] --jsonl < corpus.jsonl → one {"id","mentions"[,"deals"]} line per input line
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor } from '../lib/extract/index';
import { articleTextFromHtml } from './html-article';
import { loadExtractorContext, readingContext } from './extract-context';
import { readDeals } from '../lib/reading/index';
import { dealOutput } from './deal-output';

async function main(args: string[]) {
  const context = loadExtractorContext();
  const extract = createExtractor(context);
  const ctx = readingContext(context);
  const deals = args.includes('--deals');
  const rest = args.filter((a) => a !== '--deals');
  const run = (text: string, lang?: string) => {
    const doc = extract.document(text, lang ? { lang } : undefined);
    const mentions = doc.mentions.map(({ id: _id, sentence: _s, ...m }) => m);
    return deals ? { mentions, deals: readDeals(doc, ctx).map(dealOutput) } : { mentions };
  };
  if (rest[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; lang?: string };
      process.stdout.write(JSON.stringify({ id: row.id, ...run(row.text, row.lang) }) + '\n');
    }
    return;
  }
  const file = rest[0];
  if (!file) {
    process.stderr.write(
      'usage: npm run -s extract -- [--deals] FILE.txt|FILE.html  |  [--deals] --jsonl < corpus.jsonl\n',
    );
    process.exit(2);
  }
  const raw = readFileSync(file, 'utf8');
  const { text, lang } = /\.html?$/i.test(file) ? articleTextFromHtml(raw) : { text: raw, lang: undefined };
  process.stdout.write(JSON.stringify(run(text, lang)) + '\n');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
