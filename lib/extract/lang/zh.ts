import type { LangRules } from './types';
import { HAN_BIG, HAN_SMALL, RANGE_MARKS } from './cjk-common';

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
    words: {
      芯片: 'chips',
      晶片: 'chips',
      加速卡: 'chips',
      加速器: 'chips',
      显卡: 'chips',
      顯卡: 'chips',
      英伟达: 'Nvidia',
      英偉達: 'Nvidia',
      輝達: 'Nvidia',
      谷歌: 'Google',
      亚马逊: 'Amazon',
      亞馬遜: 'Amazon',
    },
    skips: ['的', '了', '将', '將', '把', '，'],
    hedges: ['约', '約', '近', '超', '逾', '共', '计', '計'],
    nounLinkers: ['的'],
    counterNoun: 'glued',
    // 兆 is 10¹² only in money ("3.3兆元", Taiwan); before 瓦 it is mega.
    moneyBig: { 兆: 1e12 },
    yuanPrefixes: {
      新台幣: 'TWD',
      新台币: 'TWD',
      台幣: 'TWD',
      臺幣: 'TWD',
      港幣: 'HKD',
      港币: 'HKD',
      人民币: 'yuan',
      人民幣: 'yuan',
    },
    rates: { 每月: 'monthly', 每年: 'annual', 每個月: 'monthly', 每个月: 'monthly' },
    rangeWords: [...RANGE_MARKS, '至', '到'],
    names: {
      corporate: ['科技', '集团', '集團', '控股', '股份'],
      cues: '宣布 股价 股價 签署 簽署 签订 获得 獲得 融资 融資 投资 投資 收购 上市 营收 协议 協議'.split(' '),
      nouns: ['智算', '算力', '数据', '數據', '能源', '电力', '電力', '资本', '資本', '运算', '運算', '计算', '計算'],
      before: ['与', '與', '和', '及', '同', '公司', '企业', '企業', '商'],
      // A verb or noun right after the name: "星河科技宣布…", "…股价".
      after:
        '宣布 股价 股價 此前 获得 獲得 表示 签署 簽署 签订 簽訂 计划 計畫 将 將 已 与 與 和 正 拟 擬 今年 去年 近日 日前 完成 也'.split(
          ' ',
        ),
    },
  },
};
