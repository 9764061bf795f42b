import type { LangRules } from './types';
import { CHIP_WORDS, HAN_BIG, HAN_SMALL } from './cjk-common';

// 兆 before 瓦 is mega (兆瓦 = MW), so it is a unit here, never a numeral; 万亿/萬億 multiply to 10¹².
export const zh: LangRules = {
  code: 'zh',
  comma: 'group',
  point: 'decimal',
  spaceGroups: false,
  words: {},
  cjk: {
    big: HAN_BIG,
    small: HAN_SMALL,
    suffixes: {
      元: 'yuan',
      元人民币: 'yuan',
      人民币: 'yuan',
      美元: 'dollars',
      港元: 'HKD',
      新元: 'SGD',
      欧元: 'euros',
      日元: 'yen',
      新台币: 'TWD',
      新台幣: 'TWD',
      吉瓦: 'gigawatts',
      兆瓦: 'megawatts',
      千瓦: 'kilowatts',
      瓩: 'kilowatts',
      瓦: 'watts',
    },
    counters: ['块', '塊', '颗', '顆', '张', '張', '片', '枚'],
    chipWords: CHIP_WORDS,
  },
};
