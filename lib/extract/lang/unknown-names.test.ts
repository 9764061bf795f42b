// Companies no list knows, outside English: the project's own sentences with invented names, read in their
// language. Each case lists the company mentions expected (text and canonical), in order; none others.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';

type Case = [lang: string, sentence: string, names: [text: string, canonical?: string][]];

function check(cases: Case[]): void {
  for (const [lang, sentence, names] of cases) {
    it(`${lang}: ${sentence}`, () => {
      const got = extract(sentence, { lang }).filter((m) => m.type === 'company');
      expect(got.map((m) => [m.text, m.canonical])).toEqual(names.map(([t, c]) => [t, c ?? t]));
    });
  }
}

describe('a descriptor noun before the name', () => {
  check([
    ['de', 'Der Energiekonzern Moorlicht liefert Strom für 40 Mio. Euro.', [['Moorlicht']]],
    ['de', 'Das Kölner Start-up Federwerk Labs sammelt 20 Mio. Euro ein.', [['Federwerk Labs']]],
    ['fr', 'La start-up nantaise Brisecalc a levé 30 millions d’euros.', [['Brisecalc']]],
    [
      'fr',
      'Le fonds Héron Capital entre au capital. Héron investira 5 millions d’euros.',
      [['Héron Capital'], ['Héron', 'Héron Capital']],
    ],
    ['es', 'La empresa Lumbre Datos construirá un centro de 50 megavatios.', [['Lumbre Datos']]],
    [
      'es',
      'La chilena Cordillera Nube abrirá un campus; Cordillera Nube pagará 3 millones.',
      [['Cordillera Nube'], ['Cordillera Nube']],
    ],
    ['it', 'Il gruppo energetico Vesuvia Energia firmerà un contratto da 80 milioni di euro.', [['Vesuvia Energia']]],
    [
      'pt',
      'A distribuidora Mantiqueira Energia venderá 90 MW. A Mantiqueira vai lucrar.',
      [['Mantiqueira Energia'], ['Mantiqueira', 'Mantiqueira Energia']],
    ],
    [
      'nl',
      'Het Utrechtse Domtoren Compute huurt 20 MW van netbeheerder Polderstroom.',
      [['Domtoren Compute'], ['Polderstroom']],
    ],
  ]);
});

describe('a name begun or ended by a company word of the language', () => {
  check([
    ['es', 'El préstamo llegó del Banco Pedregal y de Fondo Quimera.', [['Banco Pedregal'], ['Fondo Quimera']]],
    ['it', 'Secondo Collina Advisory, la spesa crescerà.', [['Collina Advisory']]],
    ['pt', 'Os analistas da Ipê Investimentos esperam 4 bilhões.', [['Ipê Investimentos']]],
    ['de', 'Die Aktie des Großaktionärs Wiesental Beteiligungen stieg.', [['Wiesental Beteiligungen']]],
  ]);
  check([
    ['es', 'El Banco Central subió los tipos.', []],
    ['fr', 'Le marché du Big Data progresse.', []],
  ]);
});

describe('known names glued to an unspaced script', () => {
  check([
    ['ja', '青葉ホールディングスは米AMDから半導体を買う。', [['青葉ホールディングス'], ['AMD']]],
    ['ko', '푸른솔홀딩스는 AMD와 계약했다.', [['푸른솔홀딩스'], ['AMD']]],
  ]);
});

describe('place adjectives and articles stay out of the name', () => {
  check([
    ['de', 'Die Berner Aarewerk AG baut ein Rechenzentrum für 90 Mio. Franken.', [['Aarewerk AG', 'Aarewerk']]],
    ['de', 'Der Hamburger Rechenzentrumsbetreiber Elbwolke GmbH mietet Flächen.', [['Elbwolke GmbH', 'Elbwolke']]],
  ]);
});

describe('no company where the words only look like one', () => {
  check([
    ['de', 'Der Vertrag sichert dem Start-up Zugang zu 5.000 Chips.', []],
    ['de', 'Das Unternehmen Finanzierung sucht niemand.', []],
    ['fr', 'La société exploite 200 MW à Lyon.', []],
    ['es', 'La empresa comprará 9.600 GPU en México.', []],
    ['nl', 'Het Duitse AI-plan kost 2 miljard euro.', []],
    ['it', 'La società punta a ricavi per 1,4 miliardi.', []],
    ['fr', 'Le client Jean Dupont paie. La société lyonnaise Grand Lyon investit.', []],
    ['de', 'Der Versorger Strom liefert Anfang März. Der Investor Peter Thiel beteiligt sich.', []],
    ['es', 'La argentina Buenos Aires atrae inversión. El fondo Mundial del Clima paga.', []],
    ['nl', 'Het Amsterdamse Rijksmuseum opent in mei.', []],
  ]);
});

describe('CJK names end in a corporate word', () => {
  check([
    ['ja', '青葉ホールディングスは新工場に300億円を投じる。', [['青葉ホールディングス']]],
    ['ja', '湊川データは2億円を調達した。湊川データの株価は上昇した。', [['湊川データ'], ['湊川データ']]],
    ['zh', '翠湖科技宣布投资20亿元。', [['翠湖科技']]],
    ['zh', '阿里巴巴与银杉算力签署协议。银杉算力此前获得融资。', [['阿里巴巴', 'Alibaba'], ['银杉算力'], ['银杉算力']]],
    ['ko', '푸른솔홀딩스는 2천억 원을 투자한다.', [['푸른솔홀딩스']]],
    ['ko', '다온클라우드는 3천억 원을 투자한다. 다온클라우드 주가는 올랐다.', [['다온클라우드'], ['다온클라우드']]],
  ]);
});

describe('CJK nouns that end like a name are no company', () => {
  check([
    ['ja', '消費電力は15万キロワットで、学習データも増える。', []],
    ['ja', '新たなデータセンターに8億円を投じる。', []],
    ['zh', '规划电力容量500兆瓦，部分算力对外出租。', []],
    ['zh', '公司将建设智算中心。', []],
    ['ko', '공공데이터를 활용한 데이터센터에 2천억 원을 쓴다.', []],
    ['ko', '신재생에너지는 중요하다. 신재생에너지의 비중이 커진다.', []],
    ['ja', '国内データは増えている。国内データの量は倍増した。', []],
    ['zh', '国产算力将快速发展。国产算力的需求增长。', []],
  ]);
});
