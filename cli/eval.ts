// npm run eval -- CORPUS.jsonl --deals [--no-nlp] [--misses (each passage's missed, extra and wrong deals)]: deal
// P/R/F1 and strict F1 as DEALS.md describes.
// npm run eval -- CORPUS.jsonl [--verbose] [--no-extras (shared company list only)]
//   [--with-compromise (add compromise's organizations the extractor missed, to measure what it adds)]:
//   P/R/F1, value accuracy and strict F1 per type.
import { readFileSync } from 'node:fs';
import { createExtractor } from '../lib/extract/index';
import { add, emptyCounts, metrics, scoreCase, TYPES, type Counts, type Label } from '../eval/score';
import { loadExtractorContext } from './extract-context';
import type { Mention } from '../lib/extract/types';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run eval -- CORPUS.jsonl [--verbose] [--no-extras] [--with-compromise]\n');
  process.exit(2);
}
const verbose = args.includes('--verbose');
if (args.includes('--deals')) {
  const { evalDeals } = await import('./eval-deals');
  process.stdout.write(
    (await evalDeals(file, { nlp: !args.includes('--no-nlp'), verbose, misses: args.includes('--misses') })) + '\n',
  );
  process.exit(0);
}
const context = loadExtractorContext({ extras: !args.includes('--no-extras') });
const extract = createExtractor(context);
const withCompromise = args.includes('--with-compromise');
const nlp = withCompromise ? (await import('compromise')).default : null;

/** compromise's organizations that the extractor did not find, as company mentions (for measuring what it adds). */
function compromiseOrgs(text: string, found: Mention[]): Mention[] {
  if (!nlp) return [];
  const out: Mention[] = [];
  for (const o of nlp(text).organizations().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[]) {
    const raw = text.slice(o.offset.start, o.offset.start + o.offset.length);
    const trimmed = raw.replace(/(?:['’]s)?[\s.,;:!?)\]]*$/, '').replace(/^[\s([]+/, '');
    const start = o.offset.start + raw.indexOf(trimmed);
    const end = start + trimmed.length;
    if (!trimmed || found.some((m) => m.type === 'company' && m.start < end && start < m.end)) continue;
    out.push({
      type: 'company',
      text: trimmed,
      start,
      end,
      canonical: trimmed.replace(/,?\s+(Inc|Corp|Corporation|LLC|Ltd)\.?$/, ''),
    });
  }
  return out;
}

const totals: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
for (const line of rows) {
  const row = JSON.parse(line) as { id: string; text: string; entities: Label[]; lang?: string };
  const mentions = extract(row.text, { lang: row.lang });
  const result = scoreCase(
    row.text,
    row.entities,
    [...mentions, ...compromiseOrgs(row.text, mentions)].sort((a, b) => a.start - b.start),
  );
  for (const t of TYPES) totals[t] = add(totals[t], result.byType[t]);
  if (verbose) for (const m of result.misses) process.stdout.write(`${row.id} ${m}\n`);
}
const pct = (x: number) => x.toFixed(3);
/** One table row: the type, its counts (right-aligned) and its metrics, as the header above spaces them. */
const row = (name: string, c: Counts, m: ReturnType<typeof metrics>) =>
  [name.padEnd(8), ...[c.tp, c.fp, c.fn].map((n) => String(n).padStart(3))].join(' ') +
  '  ' +
  [m.precision, m.recall, m.f1, m.valueAccuracy, m.strictF1].map((x) => pct(x)).join('  ');
const lines = ['type      tp  fp  fn  prec   rec    F1     value  strictF1'];
let overall = emptyCounts();
for (const t of TYPES) {
  const c = totals[t];
  overall = add(overall, c);
  const m = metrics(c);
  lines.push(row(t, c, m));
}
const o = metrics(overall);
lines.push(row('overall', overall, o));
lines.push(`cases: ${rows.length}`);
lines.push(`strict F1 overall: ${pct(o.strictF1)}`);
// A wrong value is the worst outcome: figures found (not companies) whose value disagrees with the label.
const figures = TYPES.filter((t) => t !== 'company').map((t) => totals[t]);
const found = figures.reduce((n, c) => n + c.tp, 0);
lines.push(`wrong values: ${figures.reduce((n, c) => n + c.tp - c.valueOk, 0)} of ${found} figures found`);
process.stdout.write(lines.join('\n') + '\n');
