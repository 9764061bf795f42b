// A regression guard on the passages the project wrote and labeled for honest scoring
// (test/fixtures/heldout*.jsonl, labeled by the corpus rules by people who did not see the
// extractor). The floors sit a little under today's scores, so a general change that costs
// accuracy on unseen text fails here, not later in a reader's tooltip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../lib/extract/index';
import { add, emptyCounts, metrics, scoreCase, TYPES, type Counts, type Label } from '../eval/score';
import { loadExtractorContext } from './extract-context';

const extract = createExtractor(loadExtractorContext());

function strictF1(file: string) {
  const totals: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
  for (const line of readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const row = JSON.parse(line) as { text: string; entities: Label[] };
    const { byType } = scoreCase(row.text, row.entities, extract(row.text));
    for (const t of TYPES) totals[t] = add(totals[t], byType[t]);
  }
  const overall = TYPES.reduce((acc, t) => add(acc, totals[t]), emptyCounts());
  return {
    overall: metrics(overall).strictF1,
    byType: Object.fromEntries(TYPES.map((t) => [t, metrics(totals[t]).strictF1])),
  };
}

describe('extraction on the held-out passages', () => {
  for (const file of ['test/fixtures/heldout.jsonl', 'test/fixtures/heldout2.jsonl']) {
    it(`${file}: strict F1 at least 0.93 overall and 0.88 per type`, () => {
      const { overall, byType } = strictF1(file);
      expect(overall).toBeGreaterThanOrEqual(0.93);
      for (const t of TYPES) expect(byType[t], t).toBeGreaterThanOrEqual(0.88);
    });
  }
});
