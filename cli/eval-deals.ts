// npm run eval -- CORPUS.jsonl --deals [--no-nlp] [--verbose] [--misses]: reads every passage's deals and scores
// them against the labels (eval/deal-totals.ts, the figures of score_deals.py).
import { readFileSync } from 'node:fs';
import { createExtractor } from '../lib/extract/index';
import { readDeals } from '../lib/reading/index';
import { readDealsWithNlp } from '../lib/reading/nlp';
import { formatDealScore, scoreDeals } from '../eval/deal-totals';
import { dealMisses } from '../eval/deal-misses';
import type { ScoredDeal } from '../eval/score-deals';
import { loadExtractorContext, readingContext } from './extract-context';
import { dealOutput } from './deal-output';

export async function evalDeals(file: string, { nlp = true, verbose = false, misses = false } = {}): Promise<string> {
  const context = loadExtractorContext();
  const extract = createExtractor(context);
  const ctx = readingContext(context);
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; deals: ScoredDeal[] });
  const preds = new Map<string, ScoredDeal[]>();
  for (const c of cases) {
    const doc = extract.document(c.text);
    const deals = nlp ? await readDealsWithNlp(doc, ctx) : readDeals(doc, ctx);
    preds.set(c.id, deals.map(dealOutput) as ScoredDeal[]);
    if (verbose) for (const d of deals) process.stderr.write(`${c.id} ${JSON.stringify(dealOutput(d))}\n`);
    if (misses) for (const line of dealMisses(c.id, c.deals, preds.get(c.id) ?? [])) process.stdout.write(line + '\n');
  }
  return (
    formatDealScore(scoreDeals(cases, preds)) + `\nreader: ${nlp ? 'rules + compromise' : 'rules only (--no-nlp)'}`
  );
}
