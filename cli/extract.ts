// npm run -s extract -- FILE (.txt or .html) → {"mentions":[...]}
// npm run -s extract -- --jsonl < corpus.jsonl → one {"id","mentions"} line per input line
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExtractor } from '../lib/extract/index';
import { htmlToText } from '../lib/extract/html-text';
import { loadExtractorContext } from './extract-context';
import { htmlLang } from '../lib/extract/lang/html-lang';

async function main(args: string[]) {
  const extract = createExtractor(loadExtractorContext());
  if (args[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; lang?: string };
      process.stdout.write(JSON.stringify({ id: row.id, mentions: extract(row.text, { lang: row.lang }) }) + '\n');
    }
    return;
  }
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: npm run -s extract -- FILE.txt|FILE.html  |  --jsonl < corpus.jsonl\n');
    process.exit(2);
  }
  const raw = readFileSync(file, 'utf8');
  const html = /\.html?$/i.test(file);
  const text = html ? htmlToText(raw) : raw;
  process.stdout.write(JSON.stringify({ mentions: extract(text, { lang: html ? htmlLang(raw) : undefined }) }) + '\n');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
