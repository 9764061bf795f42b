// The reader in German (lang/de.ts), on invented sentences: who pays and who delivers (an, von, mietet,
// vermietet), verb-final clauses and passives, roles in takeovers and stakes, hedges, a term, and sentences
// that report no deal.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Halvik Data', 'Tornveld Labs', 'Borkan Systems', 'Lindqvist Optik', 'Fennick Capital', 'Marrow Semi'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string, lang: string | undefined = 'de') =>
  readDeals(extractor.document(text, lang ? { lang } : undefined));
const brief = (text: string) =>
  read(text).map((d) => [d.kind, Object.fromEntries(d.parties.map((p) => [p.name, p.role])), d.money?.amount ?? null]);
const status = (text: string) => read(text).map((d) => d.status);

describe('readDeals in German: direction', () => {
  it('"vermietet … an" lets: the subject is the landlord, the company after "an" rents', () => {
    expect(brief('Halvik Data vermietet einen Campus in Leipzig an Tornveld Labs.')).toEqual([
      ['compute-lease', { 'Halvik Data': 'seller', 'Tornveld Labs': 'buyer' }, null],
    ]);
  });
  it('"mietet … von" rents: the subject pays the company after "von"', () => {
    expect(brief('Tornveld Labs mietet von Halvik Data 4.000 Grafikprozessoren für 90 Millionen Euro.')).toEqual([
      ['compute-lease', { 'Tornveld Labs': 'buyer', 'Halvik Data': 'seller' }, 9e7],
    ]);
  });
  it('reads a deal verb that ends the clause where its auxiliary stands ("hat … vermietet")', () => {
    expect(brief('Halvik Data hat seinen Campus in Leipzig an Tornveld Labs vermietet.')).toEqual([
      ['compute-lease', { 'Halvik Data': 'seller', 'Tornveld Labs': 'buyer' }, null],
    ]);
  });
  it('a supplier delivers to the company after "an"', () => {
    expect(brief('Marrow Semi liefert Server an Halvik Data.')).toEqual([
      ['chip-supply', { 'Marrow Semi': 'seller', 'Halvik Data': 'buyer' }, null],
    ]);
  });
  it('a payer named later settles who rents from whom and gives the monthly price', () => {
    const [d] = read(
      'Halvik Data hat seinen Campus an Tornveld Labs vermietet. ' +
        'Tornveld Labs zahlt für die Hallen 5 Millionen Euro pro Monat.',
    );
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Halvik Data', 'seller'],
      ['Tornveld Labs', 'buyer'],
    ]);
    expect(d.money).toMatchObject({ amount: 5e6, period: 'month', currency: 'EUR' });
  });
});

describe('readDeals in German: roles', () => {
  it('a takeover: active, passive with "von", and "die Übernahme von" naming the target', () => {
    const takeover = [['acquisition', { 'Borkan Systems': 'acquirer', 'Lindqvist Optik': 'target' }, 3e8]];
    expect(brief('Borkan Systems übernimmt Lindqvist Optik für 300 Millionen Euro.')).toEqual(takeover);
    expect(brief('Lindqvist Optik wurde im Juni von Borkan Systems für 300 Millionen Euro übernommen.')).toEqual(
      takeover,
    );
    expect(brief('Borkan Systems kündigte die Übernahme von Lindqvist Optik für 300 Millionen Euro an.')).toEqual(
      takeover,
    );
  });
  it('an investor puts money into the company after "in", or takes a stake ("beteiligt sich an")', () => {
    expect(brief('Fennick Capital investiert 50 Millionen Euro in Tornveld Labs.')).toEqual([
      ['investment', { 'Fennick Capital': 'investor', 'Tornveld Labs': 'investee' }, 5e7],
    ]);
    expect(brief('Fennick Capital beteiligt sich an Tornveld Labs.')).toEqual([
      ['investment', { 'Fennick Capital': 'investor', 'Tornveld Labs': 'investee' }, null],
    ]);
  });
  it('a company raising a round is its investee', () => {
    expect(brief('Tornveld Labs sammelt in einer Finanzierungsrunde 120 Millionen Euro ein.')).toEqual([
      ['funding-round', { 'Tornveld Labs': 'investee' }, 1.2e8],
    ]);
  });
});

describe('readDeals in German: status and term', () => {
  it('reports ("soll", "berichten Insider"), talks, cancellations and confirmations', () => {
    expect(status('Borkan Systems soll Lindqvist Optik übernehmen, berichten Insider.')).toEqual(['reported']);
    expect(status('Laut Insidern verhandelt Borkan Systems über eine Übernahme von Lindqvist Optik.')).toEqual([
      'rumored',
    ]);
    expect(status('Borkan Systems hat den Mietvertrag mit Halvik Data gekündigt.')).toEqual(['terminated']);
    expect(status('Borkan Systems will Lindqvist Optik übernehmen, doch Lindqvist Optik dementierte.')).toEqual([
      'terminated',
    ]);
    expect(status('Borkan Systems übernimmt Lindqvist Optik, wie beide Unternehmen bestätigten.')).toEqual([
      'confirmed',
    ]);
  });
  it('reads a term after the amount ("über fünf Jahre")', () => {
    const [d] = read('Tornveld Labs zahlt Halvik Data 600 Millionen Euro über fünf Jahre für Rechenleistung.');
    expect(d.money).toMatchObject({ amount: 6e8, termMonths: 60 });
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([
      ['Tornveld Labs', 'buyer'],
      ['Halvik Data', 'seller'],
    ]);
  });
});

describe('readDeals in German: no deal', () => {
  it('reads none in building plans without a figure, revenue or a share price', () => {
    expect(read('Halvik Data baut ein neues Rechenzentrum in Leipzig.')).toEqual([]);
    expect(read('Tornveld Labs hat im vergangenen Jahr einen Umsatz von 40 Millionen Euro erzielt.')).toEqual([]);
    expect(read('Die Aktie von Borkan Systems stieg um fünf Prozent.')).toEqual([]);
  });
  it('reads a German page as German when the language is not given (the extractor guesses it once)', () => {
    const text =
      'Der Betreiber Halvik Data hat den Campus in Leipzig an die Firma Tornveld Labs vermietet, ' +
      'die Miete ist für zehn Jahre fest.';
    expect(extractor.document(text).lang).toBe('de');
    expect(brief(text)).toEqual(
      read(text, undefined).map((d) => [
        d.kind,
        Object.fromEntries(d.parties.map((p) => [p.name, p.role])),
        d.money?.amount ?? null,
      ]),
    );
    expect(read(text, undefined)).toHaveLength(1);
  });
  it('reads English text as before when a German word happens to be in it', () => {
    expect(read('Halvik Data will rent its campus to Tornveld Labs.', 'en').map((d) => d.parties[0].role)).toEqual([
      'seller',
    ]);
  });
});
