// npm run -s extract -- [--deals [--no-nlp]] FILE (.txt or .html) → {"mentions":[...]} (plus "deals" with --deals)
// npm run -s extract -- [--deals [--no-nlp]] --jsonl < corpus.jsonl → one {"id","mentions"[,"deals"]} line per input line
// Deals are read as the eval scores them: the rules, then compromise on the sentences a reading rests on
// (--no-nlp: the rules alone, as the page reads).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor } from '../lib/extract/index';
import { articleTextFromHtml } from './html-article';
import { loadExtractorContext, readingContext } from './extract-context';
import { readDeals } from '../lib/reading/index';
import { readDealsWithNlp } from '../lib/reading/nlp';
import { dealOutput } from './deal-output';

async function main(args: string[]) {
  const context = loadExtractorContext();
  const extract = createExtractor(context);
  const ctx = readingContext(context);
  const deals = args.includes('--deals');
  const nlp = !args.includes('--no-nlp');
  const rest = args.filter((a) => a !== '--deals' && a !== '--no-nlp');
  const run = async (text: string, lang?: string) => {
    const doc = extract.document(text, lang ? { lang } : undefined);
    const mentions = doc.mentions.map(({ id: _id, sentence: _s, ...m }) => m);
    if (!deals) return { mentions };
    const readings = nlp ? await readDealsWithNlp(doc, ctx) : readDeals(doc, ctx);
    return { mentions, deals: readings.map(dealOutput) };
  };
  if (rest[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; lang?: string };
      process.stdout.write(JSON.stringify({ id: row.id, ...(await run(row.text, row.lang)) }) + '\n');
    }
    return;
  }
  const file = rest[0];
  if (!file) {
    process.stderr.write(
      'usage: npm run -s extract -- [--deals [--no-nlp]] FILE.txt|FILE.html  |  [--deals [--no-nlp]] --jsonl < corpus.jsonl\n',
    );
    process.exit(2);
  }
  const raw = readFileSync(file, 'utf8');
  const { text, lang } = /\.html?$/i.test(file) ? articleTextFromHtml(raw) : { text: raw, lang: undefined };
  process.stdout.write(JSON.stringify(await run(text, lang)) + '\n');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
