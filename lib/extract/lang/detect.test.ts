import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';

describe('detectLanguage', () => {
  it('tells the scripts without spaces apart', () => {
    expect(detectLanguage('架空の星野データは新しい計算センターを建設すると発表した。')).toBe('ja');
    expect(detectLanguage('虚构公司云杉宣布将在未来三年建设新的数据中心。')).toBe('zh');
    expect(detectLanguage('가상의 한별전자는 새로운 데이터센터를 짓는다고 밝혔다.')).toBe('ko');
  });
  it('counts function words for the Latin-script languages', () => {
    expect(detectLanguage('Die Firma baut mit der Stadt ein Zentrum, das für die Region wichtig ist.')).toBe('de');
    expect(detectLanguage('Le groupe annonce dans un communiqué une usine pour les centres de calcul.')).toBe('fr');
    expect(detectLanguage('La empresa anunció que los centros de datos del grupo se abrirán por fases.')).toBe('es');
    expect(detectLanguage('Il gruppo ha annunciato che il centro della società per gli utenti non è pronto.')).toBe(
      'it',
    );
    expect(detectLanguage('Het bedrijf zegt dat het datacenter voor de regio ook wordt uitgebreid.')).toBe('nl');
    expect(
      detectLanguage('A empresa anunciou que os centros de dados do grupo não estão prontos para uma expansão.'),
    ).toBe('pt');
    expect(detectLanguage('The company said that the data center will open in phases with its partners.')).toBe('en');
  });
  it('reads text without any function word as English, and an even mix as unknown', () => {
    expect(detectLanguage('Acme: $1,500 million.')).toBe('en');
    expect(detectLanguage('der die und das the and of to')).toBeUndefined();
  });
});
