// Forms that were read with a wrong value before (the project's own sentences, invented companies):
// Swiss apostrophe groups, grouped numbers that look like years, the vendor and model after the chip
// noun, elided Italian rates, Brazilian scale abbreviations, CJK rate words, far-off implied counts.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';
import { checkFigures, gpus, money, power } from './lang-test-support';

describe('Swiss apostrophe groups', () => {
  checkFigures('de', [
    ['Die Firma Gletscherdaten zahlt CHF 2’750’000 für die Kühlung.', [money('CHF 2’750’000', 'CHF', 2_750_000)]],
    ["Das Werk bezieht heute 21'400 Kilowatt aus dem Netz.", [power("21'400 Kilowatt", 21_400_000)]],
  ]);
  it('a broken apostrophe group is left unmarked and noted', () => {
    const { mentions, unclear } = extract.withNotes("Die Firma Gletscherdaten zahlt CHF 2'75 für Strom.", {
      lang: 'de',
    });
    expect(mentions.filter((m) => m.type === 'money')).toEqual([]);
    expect(unclear.map((u) => u.text)).toEqual(["2'75"]);
  });
});

describe('a grouped number is a count, never a year', () => {
  checkFigures('nl', [['Het datacenter van Polderkracht krijgt 2.000 H200-chips.', [gpus('2.000 H200', 2000)]]]);
  checkFigures('de', [['Kranich Rechnen bestellt 2.000 Beschleuniger.', [gpus('2.000 Beschleuniger', 2000)]]]);
});

describe('vendor and model named after the chip noun', () => {
  for (const [lang, sentence, model, vendor] of [
    ['fr', 'Le site de Brumecalc accueillera 6 000 puces Nvidia B200 en 2027.', 'B200', 'NVIDIA'],
    ['fr', 'Brumecalc loue 3 000 processeurs graphiques H200 à un laboratoire.', 'H200', 'NVIDIA'],
    ['it', 'Nel polo di Ventocalc arriveranno 12mila GPU Nvidia di tipo H200.', 'H200', 'NVIDIA'],
    ['es', 'Sierracómputo instalará 9 mil GPU de AMD, modelo MI300X, en su nave.', 'MI300X', 'AMD'],
  ] as const) {
    it(`${lang}: ${model}`, () => {
      const found = extract(sentence, { lang }).filter((m) => m.type === 'gpu');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ model, vendor });
    });
  }
  it('a vendor after the noun without a model stays unread (no guess)', () => {
    const [g] = extract('Sierracómputo comprará 8 mil GPU de Nvidia.', { lang: 'es' }).filter((m) => m.type === 'gpu');
    expect(g).toMatchObject({ count: 8000, model: null });
  });
});

describe('rates and scale abbreviations written the local way', () => {
  checkFigures('it', [
    [
      'Il cliente Lagocalc verserà 90 mln di euro l’anno.',
      [{ ...money('90 mln di euro l’anno', 'EUR', 90_000_000), period: 'year' }],
    ],
    [
      "Lagocalc ha fatturato 40 milioni di euro l'anno scorso.",
      [{ ...money('40 milioni di euro', 'EUR', 40_000_000), period: 'one-time' }],
    ],
  ]);
  checkFigures('pt', [
    ['A Serrana Dados captou R$ 3,6 bi com fundos.', [money('R$ 3,6 bi', 'BRL', 3.6e9)]],
    [
      'A Serrana Dados paga US$ 120 mi ao ano pelo espaço.',
      [{ ...money('US$ 120 mi ao ano', 'USD', 1.2e8), period: 'year' }],
    ],
  ]);
  checkFigures('ja', [['雲海計算は月額8億円で設備を貸す。', [{ ...money('8億円', 'JPY', 8e8), period: 'month' }]]]);
  checkFigures('zh', [['星河算力每年支付2亿元电费。', [{ ...money('2亿元', 'CNY', 2e8), period: 'year' }]]]);
  checkFigures('ko', [['한빛컴퓨팅은 연간 3천억 원을 낸다.', [{ ...money('3천억 원', 'KRW', 3e11), period: 'year' }]]]);
  checkFigures('ja', [
    ['雲海計算は2030年までに8億円を投じる。', [{ ...money('8億円', 'JPY', 8e8), period: 'one-time' }]],
  ]);
});

describe('an implied count stays near the earlier one', () => {
  it('a bare "millions" after a chip count is no chip count', () => {
    const found = extract('Brumecalc loue 5 000 puces. Le fonds apporte 300 millions.', { lang: 'fr' });
    expect(found.filter((m) => m.type === 'gpu').map((m) => m.text)).toEqual(['5 000 puces']);
  });
});

describe('CJK counts: grouped digits, ranges and the vendor named before', () => {
  for (const [lang, sentence, fields] of [
    ['zh', '晨曦算力計畫建置3,000顆H200的叢集。', { text: '3,000顆H200', count: 3000, model: 'H200' }],
    ['ja', '雲海計算はエヌビディアのGPUを3万〜4万基そろえる。', { count: 30000, countHigh: 40000, vendor: 'NVIDIA' }],
    ['zh', '星河算力采购英伟达芯片2万块。', { count: 20000, vendor: 'NVIDIA', model: null }],
    ['zh', '星河算力采购英伟达H20芯片2万块。', { count: 20000, vendor: 'NVIDIA', model: 'H20' }],
  ] as const) {
    it(sentence, () => {
      const found = extract(sentence, { lang }).filter((m) => m.type === 'gpu');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject(fields);
    });
  }
  it('two vendors before the count name none of them', () => {
    const [g] = extract('雲海計算はAMDとエヌビディアのチップを1万個買う。', { lang: 'ja' }).filter(
      (m) => m.type === 'gpu',
    );
    expect(g).toMatchObject({ count: 10000, model: null });
  });
});

describe('local currency words and hyphenated chip nouns', () => {
  checkFigures('de', [
    ['Der Zürcher Betreiber Firnwerk erlöste 2,3 Mrd. Franken.', [money('2,3 Mrd. Franken', 'CHF', 2.3e9)]],
    ['Firnwerk ordert 4.800 Nvidia-Chips für die Halle.', [{ ...gpus('4.800 Nvidia-Chips', 4800), vendor: 'NVIDIA' }]],
  ]);
  checkFigures('fr', [['Le groupe Kumo investira 2 billions de yens.', [money('2 billions de yens', 'JPY', 2e12)]]]);
});
