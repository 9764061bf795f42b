import type { LangRules } from './types';
import { CHIP_WORDS, HAN_BIG, HAN_SMALL } from './cjk-common';

export const ja: LangRules = {
  code: 'ja',
  comma: 'group',
  point: 'decimal',
  spaceGroups: false,
  words: {},
  cjk: {
    // 兆 is 10¹² in Japanese money.
    big: { ...HAN_BIG, 兆: 1e12 },
    small: HAN_SMALL,
    suffixes: {
      円: 'yen',
      ドル: 'dollars',
      米ドル: 'dollars',
      ユーロ: 'euros',
      元: 'yuan',
      ギガワット: 'gigawatts',
      メガワット: 'megawatts',
      キロワット: 'kilowatts',
      ワット: 'watts',
    },
    counters: ['基', '枚', '個', '台'],
    chipWords: CHIP_WORDS,
  },
};
