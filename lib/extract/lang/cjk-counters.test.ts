// Counters, ranges, spaced remainders and the currency of "元", in the project's own sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';
import { checkFigures, money } from './lang-test-support';

const figures = (text: string, lang: string) => extract(text, { lang }).filter((m) => m.type !== 'company');

describe('chip counters', () => {
  for (const [lang, sentence, text, count, model] of [
    ['ja', '新工場にはエヌビディアのGPU「B300」を約2万8000基置く。', '2万8000基', 28000, 'B300'],
    ['ja', '同社はH200を9000個導入する。', '9000個', 9000, 'H200'],
    ['ja', '計画では6万基のGPUを並べる。', '6万基のGPU', 60000, null],
    ['zh', '该公司将部署2万块英伟达H20芯片。', '2万块英伟达H20芯片', 20000, 'H20'],
    ['zh', '園區預計配置約3萬顆輝達GPU。', '3萬顆輝達GPU', 30000, null],
    ['ko', '이 회사는 엔비디아 GB300 칩 1만8천 장을 들여온다.', '1만8천 장', 18000, 'GB300'],
    ['ko', '클라우드에서 H200 GPU 약 4천 개를 빌린다.', '4천 개', 4000, 'H200'],
    ['zh', '该公司采购英伟达芯片3万块。', '3万块', 30000, null],
    ['ja', '同社はチップを1万個調達する。', '1万個', 10000, null],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const found = figures(sentence, lang);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ type: 'gpu', text, count, model });
    });
  }
  for (const [lang, sentence] of [
    ['ja', 'GPUサーバーを1000台並べる。'],
    ['ja', 'GPUを使う計画で、1万台のサーバーを置く。'],
    ['zh', '芯片厂预计配置1萬台伺服器。'],
    ['ko', '칩 생산을 위해 월 20만 장 웨이퍼를 투입한다.'],
    ['ko', '자사 칩 ‘ZQ7’ 5천 개를 공급한다.'],
    ['ja', 'H100とH200を合わせて3000基入れる。'],
  ] as const)
    it(`not chips, or a model left unclear: ${sentence}`, () => expect(figures(sentence, lang)).toEqual([]));
});

describe('ranges, remainders and big numerals in money', () => {
  checkFigures('ja', [
    ['売却額は20億〜40億ドルとみられる。', [{ ...money('20億〜40億ドル', 'USD', 2e9), amountHigh: 4e9 }]],
  ]);
  checkFigures('zh', [
    ['投资规模将在3万亿至4万亿元之间。', [{ ...money('3万亿至4万亿元', 'CNY', 3e12), amountHigh: 4e12 }]],
  ]);
  checkFigures('ko', [
    ['계약 규모는 2천억~4천억 원이다.', [{ ...money('2천억~4천억 원', 'KRW', 2e11), amountHigh: 4e11 }]],
    ['주가는 31만 2,000원에 마감했다.', [money('31만 2,000원', 'KRW', 312000)]],
  ]);
  it('兆 is 10¹² before a currency and mega before watts', () => {
    expect(figures('市值約2.1兆元，電廠為500兆瓦。', 'zh')).toMatchObject([
      { type: 'money', amount: 2.1e12 },
      { type: 'power', watts: 5e8 },
    ]);
  });
});

describe('the currency of 元', () => {
  it('a currency word before the number decides; a Taiwanese page reads 元 as TWD', () => {
    expect(figures('總投資達新台幣900億元，股價收在新台幣150.5元。', 'zh')).toMatchObject([
      { text: '900億元', currency: 'TWD', amount: 9e10 },
      { text: '150.5元', currency: 'TWD', amount: 150.5 },
    ]);
    expect(figures('新台幣計價的案子，市值約1.2兆元。', 'zh')).toMatchObject([{ currency: 'TWD', amount: 1.2e12 }]);
  });
  it('a mainland page reads 元 as renminbi, 港元 as HKD', () => {
    expect(figures('公司计划投入900亿元，市值约3万亿港元。', 'zh')).toMatchObject([
      { currency: 'CNY', amount: 9e10 },
      { currency: 'HKD', amount: 3e12 },
    ]);
  });
});
