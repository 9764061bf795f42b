import type { LangRules } from './types';
import { CHIP_WORDS } from './cjk-common';

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
    chipWords: CHIP_WORDS,
    fusedHedges: ['여'],
  },
};
