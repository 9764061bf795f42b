// The words of deals and figures in the interface's language: German, French, Spanish and Japanese
// messages installed as the browser would choose them, the project's own invented deals read out.
import { afterEach, describe, expect, it } from 'vitest';
import { inLocale, plain } from '../../test/unit/locales';
import english from '../../public/_locales/en/messages.json';
import { useMessages } from '../i18n';
import { KIND_WORDS, moneyTermsWords, readingWords, type ReadingForWords } from './words';

const lease: ReadingForWords = {
  kind: 'compute-lease',
  parties: [
    { name: 'Vantor AI', role: 'buyer' },
    { name: 'Borealis Compute', role: 'seller' },
  ],
  money: { currency: 'USD', amount: 600e6, period: 'year', termMonths: 48 },
  gpus: { count: 24_000, model: 'B200' },
  powerWatts: null,
  status: 'confirmed',
};
const round: ReadingForWords = {
  ...lease,
  kind: 'funding-round',
  parties: [
    { name: 'Ardent', role: 'investor' },
    { name: 'Cobalt', role: 'investor' },
    { name: 'Quill', role: 'investee' },
  ],
  money: { currency: 'USD', amount: 400e6, period: 'one-time' },
  gpus: null,
  status: 'reported',
};

describe('deal words in the reader’s language', () => {
  afterEach(() => useMessages(english));

  it('German: who pays whom, rates, terms and numbers the German way', () => {
    inLocale('de');
    expect(plain(readingWords(lease))).toBe(
      'Vantor AI (Käufer) zahlt Borealis Compute (Verkäufer) 600 Mio. $ pro Jahr über 4 Jahre = 2,4 Mrd. $ · ' +
        '24.000 B200 · Rechenleistungsmiete · bestätigt',
    );
    // Two investors: the verb takes its plural form and the names are listed as German lists them.
    expect(plain(readingWords(round))).toBe(
      'Ardent und Cobalt (Investoren) investieren 400 Mio. $ in Quill (Beteiligung) · Finanzierungsrunde · gemeldet',
    );
  });

  it('French and Spanish: verbs agree, terms in their words', () => {
    inLocale('fr');
    expect(plain(readingWords(round))).toBe(
      'Ardent et Cobalt (investisseurs) investissent 400 M $ dans Quill (bénéficiaire) · levée de fonds · rapporté',
    );
    expect(plain(moneyTermsWords({ currency: 'EUR', amount: 2.4e9, period: 'one-time', termMonths: 12 }))).toBe(
      '2,4 Md € sur 1 an',
    );
    inLocale('es');
    expect(plain(readingWords({ ...lease, money: null, gpus: null }))).toBe(
      'Vantor AI (comprador) paga a Borealis Compute (vendedor) · alquiler de cómputo · confirmado',
    );
  });

  it('Japanese: the verb at the end, particles with their slots, one plural form', () => {
    inLocale('ja');
    const sale: ReadingForWords = {
      ...round,
      kind: 'acquisition',
      parties: [
        { name: 'Quill', role: 'acquirer' },
        { name: 'Dune Grid', role: 'target' },
        { name: 'Halcyon', role: 'seller' },
      ],
      status: 'confirmed',
    };
    expect(plain(readingWords(sale))).toBe(
      'Quill（買収側）がDune Grid（買収対象）をHalcyon（売り手）から$4億で買収 · 買収 · 確定',
    );
    // Without a seller or money, no particle is left dangling.
    expect(plain(readingWords({ ...sale, parties: sale.parties.slice(0, 2), money: null }))).toBe(
      'Quill（買収側）がDune Grid（買収対象）を買収 · 買収 · 確定',
    );
  });

  it('reads the kind table in the language of the moment, not the one at import', () => {
    expect(KIND_WORDS['funding-round']).toBe('funding round');
    inLocale('ja');
    expect(KIND_WORDS['funding-round']).toBe('資金調達ラウンド');
    expect(Object.keys(KIND_WORDS)).toContain('capex');
  });
});
