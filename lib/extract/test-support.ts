// Shared by the extractor's unit tests: one compiled extractor over the test dictionary.
import { expect, it } from 'vitest';
import { createExtractor } from './index';
import type { Mention, MentionType } from './types';
import { TEST_COMPANIES } from '../../test/fixtures/text/companies';
export const extract = createExtractor({ companies: TEST_COMPANIES });

/** Mentions of one type, without offsets (offsets are checked by the property tests). */
export function only<T extends MentionType>(type: T, text: string): Extract<Mention, { type: T }>[] {
  return extract(text).filter((m): m is Extract<Mention, { type: T }> => m.type === type);
}

/** [sentence, the mentions of one type expected in it, in order (partial match)] */
export type Case = [string, Record<string, unknown>[]];

/** One test per sentence: exactly the expected mentions of `type`, each matching its fields. */
export function checkMentions(type: MentionType, cases: Case[]): void {
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      const got = only(type, sentence);
      expect(got).toHaveLength(expected.length);
      expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
    });
  }
}
