import type { LangRules } from './types';
import { HAN_BIG, HAN_SMALL, RANGE_MARKS } from './cjk-common';

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
    words: {
      チップ: 'chips',
      半導体チップ: 'chips',
      アクセラレーター: 'chips',
      エヌビディア: 'Nvidia',
      グーグル: 'Google',
      アマゾン: 'Amazon',
    },
    skips: ['を', 'が', 'は', 'も', 'の', 'と', 'に', 'で', '、'],
    hedges: ['約', '計', '合', '最', '大', '総', '超'],
    nounLinkers: ['の'],
    counterNoun: 'never',
    rates: { 月額: 'monthly', 年額: 'annual', 年間: 'annual', 毎月: 'monthly', 毎年: 'annual' },
    rangeWords: [...RANGE_MARKS, 'から'],
  },
};
