// Reading cost: the 5,000-word benchmark article (the one bench/extract.bench.ts uses) as extraction
// alone, extraction + document + readDeals (rules), and the same with compromise on the sentences
// readings rest on, in the same run; plus compromise's cost per parsed sentence.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../lib/extract/index';
import { readDeals } from '../lib/reading/index';
import { negatedDeal, readDealsWithNlp } from '../lib/reading/nlp';
import { loadExtractorContext, readingContext } from '../cli/extract-context';

export const name = 'reading';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function timed(fn: () => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<Record<string, number | string>> {
  const context = loadExtractorContext();
  const extract = createExtractor(context);
  const ctx = readingContext(context);
  const article = readFileSync(join(root, 'test/fixtures/text/article-5000.txt'), 'utf8');
  for (let k = 0; k < 5; k++) readDeals(extract.document(article), ctx); // warm up
  const { default: nlp } = await import('compromise');
  nlp('Warm up the lexicon once.');
  const doc = extract.document(article);
  const readings = readDeals(doc, ctx);
  const r: Record<string, number | string> = {};
  r['article words'] = article.split(/\s+/).filter(Boolean).length;
  r['sentences'] = doc.sentences.length;
  r['readings'] = readings.length;
  const extractMs = await timed(() => extract(article), 21);
  const documentMs = await timed(() => extract.document(article), 21);
  const rulesMs = await timed(() => readDeals(extract.document(article), ctx), 21);
  const nlpMs = await timed(() => readDealsWithNlp(extract.document(article), ctx), 11);
  r['extract ms (median)'] = extractMs;
  r['document ms (median)'] = documentMs;
  r['document + readDeals, rules ms (median)'] = rulesMs;
  r['document + readDeals + compromise ms (median)'] = nlpMs;
  r['reading adds, rules (ms)'] = rulesMs - extractMs;
  r['reading adds, with compromise (ms)'] = nlpMs - extractMs;
  const evidence = readings.map((d) => d.evidence.text);
  const perSentence = await timed(() => evidence.forEach((s) => negatedDeal(nlp, s)), 11);
  r['compromise per parsed evidence (ms)'] = evidence.length ? perSentence / evidence.length : 0;
  return r;
}
