// Shared by the language tests: one sentence per test, the figures expected in it (partial match).
import { expect, it } from 'vitest';
import { extract } from '../test-support';
import type { Mention } from '../types';

type LangCase = [string, Partial<Mention>[]];

/** Exactly the expected non-company mentions of each sentence, read as `lang`. */
export function checkFigures(lang: string | undefined, cases: LangCase[]): void {
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      const got = extract(sentence, { lang }).filter((m) => m.type !== 'company');
      expect(got).toHaveLength(expected.length);
      expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
    });
  }
}

export const money = (text: string, currency: string, amount: number) =>
  ({ type: 'money', text, currency, amount }) as const;
export const power = (text: string, watts: number) => ({ type: 'power', text, watts }) as const;
export const gpus = (text: string, count: number) => ({ type: 'gpu', text, count }) as const;
