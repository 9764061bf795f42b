import { describe, expect, it } from 'vitest';
import { createExtractor } from './index';
import { MAX_CARRIED } from './find-companies';
import type { Company } from '../feed/types';
import { TEST_COMPANIES } from '../../test/fixtures/text/companies';

describe('names learned in one part of an article hold in the others (options.learned)', () => {
  const extract = createExtractor({ companies: TEST_COMPANIES });
  const first = 'Pellworth Quarry Inc. signed a lease for a site near the river.';
  const later = 'Months later Pellworth Quarry said the site was ready, and Pellworth hired staff.';
  const names = (t: string, learned?: Company[]) =>
    extract(t, learned ? { learned } : {})
      .filter((m) => m.type === 'company')
      .map((m) => m.text);

  it('recognizes a name found by form, and its short forms, in a later text', () => {
    expect(names(later)).toEqual([]);
    const learned: Company[] = [];
    expect(names(first, learned)).toEqual(['Pellworth Quarry Inc.']);
    expect(learned.map((c) => c.aliases[0])).toContain('Pellworth Quarry Inc.');
    expect(names(later, learned)).toEqual(['Pellworth Quarry', 'Pellworth']);
  });

  it('finds the same names in parts as in the whole text', () => {
    const whole = names(`${first}\n${later}`);
    const learned: Company[] = [];
    expect([...names(first, learned), ...names(later, learned)]).toEqual(whole);
  });

  it(`stops carrying names past ${MAX_CARRIED}, and each part still finds its own by form`, () => {
    const learned: Company[] = [];
    const list = (from: number) =>
      Array.from({ length: 150 }, (_, i) => `Corvel Dyne${from + i} Inc. filed.`).join(' ');
    names(list(0), learned);
    names(list(150), learned);
    expect(learned).toHaveLength(MAX_CARRIED);
    expect(names('Later, Tessmar Ridge Inc. filed too.', learned)).toEqual(['Tessmar Ridge Inc.']);
    expect(learned).toHaveLength(MAX_CARRIED);
  });
});
