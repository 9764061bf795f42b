// The compromise path: a negated deal verb the word tests do not catch ends the deal.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';
import { readDealsWithNlp } from './nlp';

const companies = ['Quill', 'Vantor'].map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });

describe('readDealsWithNlp', () => {
  it('reads "is not raising" as terminated where the rules alone say confirmed', async () => {
    const doc = extractor.document('Vantor is not investing $900 million in Quill, a spokesperson said.');
    expect(readDeals(doc).map((d) => d.status)).toEqual(['confirmed']);
    expect((await readDealsWithNlp(doc)).map((d) => d.status)).toEqual(['terminated']);
  }, 60_000); // the first call loads compromise, which takes seconds on a loaded machine
  it('leaves a plain statement confirmed', async () => {
    const doc = extractor.document('Vantor invested $900 million in Quill, the companies said.');
    expect((await readDealsWithNlp(doc)).map((d) => d.status)).toEqual(['confirmed']);
  });
});
