// npm run -s extract -- FILE (.txt or .html) → {"mentions":[...]}
// npm run -s extract -- --jsonl < corpus.jsonl → one {"id","mentions"} line per input line
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor } from '../lib/extract/index';
import { articleTextFromHtml } from './html-article';
import { loadExtractorContext } from './extract-context';

async function main(args: string[]) {
  const extract = createExtractor(loadExtractorContext());
  if (args[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      process.stdout.write(JSON.stringify({ id: row.id, mentions: extract(row.text) }) + '\n');
    }
    return;
  }
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: npm run -s extract -- FILE.txt|FILE.html  |  --jsonl < corpus.jsonl\n');
    process.exit(2);
  }
  const raw = readFileSync(file, 'utf8');
  const { text, lang } = /\.html?$/i.test(file) ? articleTextFromHtml(raw) : { text: raw, lang: undefined };
  process.stdout.write(JSON.stringify({ mentions: extract(text, lang ? { lang } : {}) }) + '\n');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
