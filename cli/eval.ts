// npm run eval -- CORPUS.jsonl [--verbose] [--no-extras (shared company list only)]: P/R/F1, value accuracy and strict F1 per type.
import { readFileSync } from 'node:fs';
import { createExtractor } from '../lib/extract/index';
import { add, emptyCounts, metrics, scoreCase, TYPES, type Counts, type Label } from '../lib/extract/score';
import { loadExtractorContext } from './extract-context';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run eval -- CORPUS.jsonl [--verbose] [--no-extras]\n');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const context = loadExtractorContext({ extras: !args.includes('--no-extras') });
const extract = createExtractor(context);
const totals: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
for (const line of rows) {
  const row = JSON.parse(line) as { id: string; text: string; entities: Label[] };
  const result = scoreCase(row.text, row.entities, extract(row.text));
  for (const t of TYPES) totals[t] = add(totals[t], result.byType[t]);
  if (verbose) for (const m of result.misses) process.stdout.write(`${row.id} ${m}\n`);
}
const pct = (x: number) => x.toFixed(3);
const lines = ['type      tp  fp  fn  prec   rec    F1     value  strictF1'];
let overall = emptyCounts();
for (const t of TYPES) {
  const c = totals[t];
  overall = add(overall, c);
  const m = metrics(c);
  lines.push(`${t.padEnd(8)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${pct(m.valueAccuracy)}  ${pct(m.strictF1)}`);
}
const o = metrics(overall);
lines.push(`${'overall'.padEnd(8)} ${String(overall.tp).padStart(3)} ${String(overall.fp).padStart(3)} ${String(overall.fn).padStart(3)}  ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}  ${pct(o.valueAccuracy)}  ${pct(o.strictF1)}`);
lines.push(`cases: ${rows.length}`);
lines.push(`strict F1 overall: ${pct(o.strictF1)}`);
process.stdout.write(lines.join('\n') + '\n');
