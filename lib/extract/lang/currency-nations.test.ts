// Which dollar: the nation written after the dollar word (Romance languages) or against "$" ("AR$"),
// and a rate word that follows a numeral (a span of time, not a rate). The project's own sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../test-support';
import type { MoneyMention } from '../types';

function money(sentence: string, lang: string): MoneyMention {
  const found = extract(sentence, { lang }).filter((m): m is MoneyMention => m.type === 'money');
  expect(found, sentence).toHaveLength(1);
  return found[0];
}

describe('the nation after the dollar word', () => {
  for (const [lang, sentence, text, currency] of [
    [
      'fr',
      'Le groupe Lacaune investira 1,8 milliard de dollars canadiens au Québec.',
      '1,8 milliard de dollars canadiens',
      'CAD',
    ],
    [
      'es',
      'Quebrada invertirá 900 millones de dólares australianos en Perth.',
      '900 millones de dólares australianos',
      'AUD',
    ],
    ['it', 'La società Brenta spenderà 2 miliardi di dollari canadesi.', '2 miliardi di dollari canadesi', 'CAD'],
    ['fr', 'Le contrat vaut 3 milliards de dollars, selon Lacaune.', '3 milliards de dollars', 'USD'],
  ] as const) {
    it(`${lang}: ${text} → ${currency}`, () => {
      expect(money(sentence, lang)).toMatchObject({ text, currency });
    });
  }
  it('"AR$" is the Argentine peso, with the page’s thousands point', () => {
    expect(money('La firma Pampeana invertirá AR$ 12.000 millones en Córdoba.', 'es')).toMatchObject({
      currency: 'ARS',
      amount: 12_000_000_000,
    });
  });
});

describe('年間: a rate before an amount, a span after a numeral', () => {
  it('年間40億円 is a yearly figure', () => {
    expect(money('北斗クラウドは年間40億円で区画を借りる。', 'ja')).toMatchObject({ amount: 4e9, period: 'year' });
  });
  it('3年間で総額900億円 is spent over three years, not each year', () => {
    expect(money('北斗クラウドは3年間で総額900億円を投じる。', 'ja').period).toBe('one-time');
  });
});
