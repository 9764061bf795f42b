import type { LangRules } from './types';
import { RANGE_MARKS } from './cjk-common';

export const ko: LangRules = {
  code: 'ko',
  comma: 'group',
  point: 'decimal',
  spaceGroups: false,
  words: {},
  cjk: {
    big: { 만: 1e4, 억: 1e8, 조: 1e12 },
    small: { 십: 10, 백: 100, 천: 1e3 },
    suffixes: {
      원: 'KRW',
      달러: 'dollars',
      유로: 'euros',
      엔: 'yen',
      위안: 'yuan',
      기가와트: 'gigawatts',
      메가와트: 'megawatts',
      킬로와트: 'kilowatts',
    },
    counters: ['장', '개'],
    words: {
      칩: 'chips',
      가속기: 'chips',
      엔비디아: 'Nvidia',
      구글: 'Google',
      아마존: 'Amazon',
    },
    skips: ['을', '를', '이', '가', '은', '는', '의', '도'],
    hedges: ['약', '총', '최', '대'],
    nounLinkers: ['의'],
    counterNoun: 'spaced',
    rates: { 연간: 'annual', 매년: 'annual', 매월: 'monthly', 월간: 'monthly' },
    rangeWords: RANGE_MARKS,
    fusedHedges: ['여'],
  },
};
