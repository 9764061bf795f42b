import { describe, expect, it } from 'vitest';
import { companyNameSet, hasCandidates } from './prefilter';
import { TEST_COMPANIES } from '../../test/fixtures/text/companies';

describe('hasCandidates', () => {
  it('finds currency marks, scaled digits, units and accelerator names', () => {
    for (const s of [
      'costs $5',
      'about €3',
      'a 5bn plan',
      '300 MW site',
      'ten gigawatts',
      'some H100s',
      '2 million GPUs',
      'Rs 40 crore',
      'a multibillion deal',
    ]) {
      expect(hasCandidates(s), s).toBe(true);
    }
  });
  it('finds figures written the way other languages write them', () => {
    for (const s of [
      'Zentrum für 27 Mrd. Dollar',
      'un plan de 8,5 milliards',
      'captó 15,000 millones',
      'verso 1 mld di euro',
      'een plan van 200 miljard',
      'reservou R 500 milhões',
      '助成金は725億円',
      '投入3800亿元',
      '사업비 2조 5천억',
      '용량은 3기가와트',
    ])
      expect(hasCandidates(s), s).toBe(true);
    expect(hasCandidates('2024年に発表された計画、2030年まで。')).toBe(false);
  });
  it('ignores plain prose, dates and percentages', () => {
    expect(hasCandidates('On 12 March 2025 the weather was fine, up 4% from last year.')).toBe(false);
    expect(hasCandidates('')).toBe(false);
  });
  it('finds known names only when given the name set', () => {
    const names = companyNameSet(TEST_COMPANIES);
    expect(hasCandidates('Anthropic released a model.')).toBe(false);
    expect(hasCandidates('Anthropic released a model.', names)).toBe(true);
    expect(hasCandidates('Nobody released anything.', names)).toBe(false);
  });
  it('finds company-only pages in Japanese, Chinese and Korean script, given the name set', () => {
    const names = companyNameSet(TEST_COMPANIES);
    for (const s of ['エヌビディアとソフトバンクが提携した。', '英伟达与腾讯合作。', '삼성전자와 엔비디아가 협력한다.'])
      expect(hasCandidates(s, names), s).toBe(true);
    expect(hasCandidates('今日は晴れて、気温が上がった。', names)).toBe(false);
  });
  it('takes one-word names whole, and first words of longer names only when distinctive', () => {
    const c = (name: string, aliases: string[] = []) => ({ name, aliases, ticker: null, kind: 'other' as const });
    const names = companyNameSet([
      c('Nvidia'),
      c('The Carlyle Group', ['Carlyle']),
      c('SoftBank Group'),
      c('US Steel'),
    ]);
    expect([...names].sort()).toEqual(['Carlyle', 'Nvidia', 'SoftBank']);
  });
  it('counts legal suffixes, which reveal unknown companies', () => {
    for (const s of ['Foobar Inc. signed.', 'Acme Corp said', 'Widgets Ltd', 'Baumann GmbH', 'Alpha LLC', 'Beta PLC'])
      expect(hasCandidates(s), s).toBe(true);
    expect(hasCandidates('Incoming corporate ltd edition')).toBe(false);
  });
});
