// Rates, accelerator nouns and models named after the noun, abbreviations and bare scales, in the
// Latin-script languages (the project's own sentences).
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';
import type { GpuMention, MoneyMention } from '../types';

function figure<T>(sentence: string, lang: string, type: string): T {
  const found = extract(sentence, { lang }).filter((m) => m.type === type);
  expect(found, sentence).toHaveLength(1);
  return found[0] as T;
}

describe('rates written the local way', () => {
  for (const [lang, sentence, text] of [
    ['de', 'Der Mieter Falkwerk zahlt 120 Mio. € pro Jahr für die Halle.', '120 Mio. € pro Jahr'],
    ['fr', 'Le locataire versera 75 M€ par an pendant dix ans.', '75 M€ par an'],
    ['es', 'La firma Robledal pagará 40 millones de euros al año.', '40 millones de euros al año'],
    ['nl', 'De huurder betaalt € 60 miljoen per jaar.', '€ 60 miljoen per jaar'],
    ['pt', 'O cliente paga R$ 90 milhões por ano.', 'R$ 90 milhões por ano'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const m = figure<MoneyMention>(sentence, lang, 'money');
      expect(m).toMatchObject({ text, period: 'year' });
    });
  }
  it('a time reference is no rate', () => {
    expect(figure<MoneyMention>('Im Jahr 2025 flossen 30 Mio. Euro.', 'de', 'money').period).toBe('one-time');
  });
});

describe('accelerators: local nouns and models after the noun', () => {
  for (const [lang, sentence, text, count, model] of [
    ['fr', 'Le client recevra 12.000 accélérateurs MI355X.', '12.000 accélérateurs MI355X', 12000, 'MI355X'],
    ['fr', 'Il loue de 20 000 à 40 000 puces Blackwell.', '20 000 à 40 000 puces Blackwell', 20000, 'Blackwell'],
    ['es', 'El campus alojará 8,400 GPU H200.', '8,400 GPU H200', 8400, 'H200'],
    ['es', 'La empresa opera 3.500 aceleradores en Europa.', '3.500 aceleradores', 3500, null],
    ['it', 'Il contratto prevede 25mila chip Trainium2.', '25mila chip Trainium2', 25000, 'Trainium2'],
    ['it', 'Il laboratorio userà 14.000 acceleratori Blackwell.', '14.000 acceleratori Blackwell', 14000, 'Blackwell'],
    ['nl', 'Het bedrijf plaatst 6.200 GPU’s van het type B300.', '6.200 GPU’s van het type B300', 6200, 'B300'],
    ['nl', 'Het levert 1.800 inferentiechips aan een klant.', '1.800 inferentiechips', 1800, null],
    ['pt', 'O módulo terá 45 mil chips H100.', '45 mil chips H100', 45000, 'H100'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const g = figure<GpuMention>(sentence, lang, 'gpu');
      expect(g).toMatchObject({ text, count, model });
    });
  }
  it('English keeps its order: a model after the noun in the next clause is not taken', () => {
    const g = figure<GpuMention>('It bought 5,000 GPUs. H100 demand stayed high.', 'en', 'gpu');
    expect(g.model).toBeNull();
  });
});

describe('abbreviations and bare scales', () => {
  it('Mexican "mdd" is millions of dollars', () => {
    expect(figure<MoneyMention>('Recibió 450 mdd de un fondo.', 'es', 'money')).toMatchObject({
      text: '450 mdd',
      currency: 'USD',
      amount: 4.5e8,
    });
  });
  it('"mil millones" with no number before is one billion', () => {
    expect(figure<MoneyMention>('El fondo dispone de otros mil millones de euros.', 'es', 'money')).toMatchObject({
      text: 'mil millones de euros',
      currency: 'EUR',
      amount: 1e9,
    });
    expect(figure<MoneyMention>('Suma 3 mil millones de euros.', 'es', 'money').amount).toBe(3e9);
  });
});

describe('implied scale', () => {
  it('a bare number tied to an earlier amount takes its scale and currency or unit', () => {
    const found = extract('La firma Tejo obtuvo 6.000 millones de dólares; buscaba 8.000.', { lang: 'es' });
    expect(found.filter((m) => m.type === 'money')).toMatchObject([
      { text: '6.000 millones de dólares', amount: 6e9 },
      { text: '8.000', currency: 'USD', amount: 8e9 },
    ]);
    const power = extract('Das Werk liefert 60 Megawatt und bald weitere 60.', { lang: 'de' });
    expect(power.filter((m) => m.type === 'power')).toMatchObject([{ watts: 6e7 }, { text: '60', watts: 6e7 }]);
  });
  it('no implied amount after a preposition, before a noun, far off in size or in another sentence', () => {
    for (const sentence of [
      'Invirtió 500 millones de dólares y la acción cerró a 450.',
      'Invirtió 500 millones de dólares y contrató 300 ingenieros.',
      'Invirtió 500 millones de dólares y subió 2.',
      'Invirtió 500 millones de dólares. Luego pidió 400.',
    ])
      expect(
        extract(sentence, { lang: 'es' }).filter((m) => m.type === 'money'),
        sentence,
      ).toHaveLength(1);
  });
});
