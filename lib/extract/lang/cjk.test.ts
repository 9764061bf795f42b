// Japanese, Chinese and Korean figures and company names, in the project's own sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';
import { checkFigures, gpus, money, power } from './lang-test-support';

describe('Japanese', () => {
  checkFigures('ja', [
    ['架空の星野データは3兆4500億円を投じる。', [money('3兆4500億円', 'JPY', 3.45e12)]],
    [
      '契約額は2億3,400万ドルで、約102.4億円の補助も受ける。',
      [money('2億3,400万ドル', 'USD', 2.34e8), money('102.4億円', 'JPY', 1.024e10)],
    ],
    ['新拠点は1ギガワットで、GPUを10万基備える。', [power('1ギガワット', 1e9), gpus('10万基', 100000)]],
    ['2024年の売上は前年比12%増えた。', []],
  ]);
});

describe('Chinese', () => {
  checkFigures('zh', [
    [
      '虚构公司云杉计划投入3800亿元人民币（约合701亿新元）。',
      [money('3800亿元人民币', 'CNY', 3.8e11), money('701亿新元', 'SGD', 7.01e10)],
    ],
    [
      '该园区规划300兆瓦，另建2吉瓦电站，并采购3万块GPU。',
      [power('300兆瓦', 3e8), power('2吉瓦', 2e9), gpus('3万块GPU', 30000)],
    ],
    [
      '去年资本开支为2375.9亿元，另有800亿美元。',
      [money('2375.9亿元', 'CNY', 2.3759e11), money('800亿美元', 'USD', 8e10)],
    ],
    ['規劃容量為3百萬瓩，合計30億瓦。', [power('3百萬瓩', 3e9), power('30億瓦', 3e9)]],
    ['市场规模达到1万亿元。', [money('1万亿元', 'CNY', 1e12)]],
  ]);
});

describe('Korean', () => {
  checkFigures('ko', [
    ['가상의 한별전자는 사업비 4조 7천억 원을 조달한다.', [money('4조 7천억 원', 'KRW', 4.7e12)]],
    [
      '정부 예산 6백억 원과 350억 달러가 투입된다.',
      [money('6백억 원', 'KRW', 6e10), money('350억 달러', 'USD', 3.5e10)],
    ],
    ['용량은 3기가와트이며 GPU 3천여 장을 갖춘다.', [power('3기가와트', 3e9), gpus('3천여 장', 3000)]],
    ['부품 3만7000개를 들여온다.', []],
  ]);
});

describe('company names in local script', () => {
  it('finds names inside runs without spaces, with their English canonical names', () => {
    const names = (text: string, lang: string) =>
      extract(text, { lang })
        .filter((m) => m.type === 'company')
        .map((m) => [m.text, m.type === 'company' && m.canonical]);
    expect(names('エヌビディアとソフトバンクが提携した。', 'ja')).toEqual([
      ['エヌビディア', 'Nvidia'],
      ['ソフトバンク', 'SoftBank'],
    ]);
    expect(names('英伟达向阿里巴巴集团和腾讯供货。', 'zh')).toEqual([
      ['英伟达', 'Nvidia'],
      ['阿里巴巴集团', 'Alibaba'],
      ['腾讯', 'Tencent'],
    ]);
    expect(names('삼성전자와 엔비디아가 협력한다.', 'ko')).toEqual([
      ['삼성전자', 'Samsung Electronics'],
      ['엔비디아', 'Nvidia'],
    ]);
  });
});
