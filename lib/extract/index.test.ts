import { describe, expect, it } from 'vitest';
import { createExtractor } from './index';
import { extract } from './test-support';
import { TEST_COMPANIES } from '../../test/fixtures/text/companies';

describe('createExtractor', () => {
  it('returns mentions of every type sorted by start, each the slice it names', () => {
    const text = 'Microsoft will pay Nebius $17.4bn over five years for 100,000 Nvidia GB300 GPUs and 1.2 GW of power.';
    const mentions = extract(text);
    expect(mentions.map((m) => m.type)).toEqual(['company', 'company', 'money', 'gpu', 'company', 'power']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.start)).toEqual(mentions.map((m) => m.start).sort((a, b) => a - b));
  });
  it('converts money to USD only when given an FX table', () => {
    const plain = createExtractor({ companies: TEST_COMPANIES });
    const [m] = plain('It costs €2 billion.');
    expect(m).toMatchObject({ type: 'money', currency: 'EUR', amount: 2e9 });
    expect(m).not.toHaveProperty('usd');
    expect(extract('It costs €2 billion.')[0]).toMatchObject({ usd: 2.2e9 });
  });
  it('handles empty and non-string input without throwing', () => {
    expect(extract('')).toEqual([]);
    expect(extract(undefined as unknown as string)).toEqual([]);
  });
});
