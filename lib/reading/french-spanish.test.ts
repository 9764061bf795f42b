// The reader in French (lang/fr.ts) and Spanish (lang/es.ts), on invented sentences: direction of a rent
// ("loue … à", "alquila … a"), takeovers active and passive ("par", "por"), stakes, rounds, a venture,
// hedges, and English read as before.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extract/index';
import type { Company } from '../feed/types';
import { readDeals } from './index';

const names = ['Halvik Data', 'Tornveld Labs', 'Borkan Systems', 'Lindqvist Optik', 'Fennick Capital'];
const companies = names.map((name) => ({ name, aliases: [], kind: 'other' }));
const extractor = createExtractor({ companies: companies as unknown as Company[] });
const read = (text: string, lang: string) => readDeals(extractor.document(text, { lang }));
const brief = (text: string, lang: string) =>
  read(text, lang).map((d) => [
    d.kind,
    Object.fromEntries(d.parties.map((p) => [p.name, p.role])),
    d.money?.amount ?? null,
  ]);
const takeover = [['acquisition', { 'Borkan Systems': 'acquirer', 'Lindqvist Optik': 'target' }, 3e8]];
const landlord = [['compute-lease', { 'Halvik Data': 'seller', 'Tornveld Labs': 'buyer' }, null]];

describe('readDeals in French', () => {
  it('a takeover, active and passive with "par"', () => {
    expect(brief("Borkan Systems rachète Lindqvist Optik pour 300 millions d'euros.", 'fr')).toEqual(takeover);
    expect(brief("Lindqvist Optik a été racheté par Borkan Systems pour 300 millions d'euros.", 'fr')).toEqual(
      takeover,
    );
  });
  it('"loue … à" lets, "loue … auprès de" takes', () => {
    expect(brief('Halvik Data loue 4 000 GPU à Tornveld Labs.', 'fr')).toEqual(landlord);
    expect(brief("Tornveld Labs loue des serveurs auprès de Halvik Data pour 20 millions d'euros.", 'fr')).toEqual([
      ['compute-lease', { 'Tornveld Labs': 'buyer', 'Halvik Data': 'seller' }, 2e7],
    ]);
  });
  it('an investor puts money "dans" a company; a company raising money is the investee', () => {
    expect(brief("Fennick Capital investit 50 millions d'euros dans Tornveld Labs.", 'fr')).toEqual([
      ['investment', { 'Fennick Capital': 'investor', 'Tornveld Labs': 'investee' }, 5e7],
    ]);
    expect(brief("Tornveld Labs lève 120 millions d'euros.", 'fr')).toEqual([
      ['funding-round', { 'Tornveld Labs': 'investee' }, 1.2e8],
    ]);
  });
  it('talks and sources make a deal rumored; a denial ends it', () => {
    const talks = 'Borkan Systems serait en négociations pour racheter Lindqvist Optik, selon des sources.';
    expect(read(talks, 'fr').map((d) => d.status)).toEqual(['rumored']);
    const denied = 'Borkan Systems rachète Lindqvist Optik, mais Lindqvist Optik a démenti.';
    expect(read(denied, 'fr').map((d) => d.status)).toEqual(['terminated']);
  });
});

describe('readDeals in Spanish', () => {
  it('a takeover, active and passive with "por"', () => {
    expect(brief('Borkan Systems adquiere Lindqvist Optik por 300 millones de euros.', 'es')).toEqual(takeover);
    expect(brief('Lindqvist Optik fue adquirida por Borkan Systems.', 'es')).toEqual([
      ['acquisition', { 'Borkan Systems': 'acquirer', 'Lindqvist Optik': 'target' }, null],
    ]);
  });
  it('"alquila … a" lets; a round led "por" an investor; a joint venture', () => {
    expect(brief('Halvik Data alquila 4.000 GPU a Tornveld Labs.', 'es')).toEqual(landlord);
    expect(
      brief('Tornveld Labs recauda 120 millones de euros en una ronda liderada por Fennick Capital.', 'es'),
    ).toEqual([['funding-round', { 'Tornveld Labs': 'investee', 'Fennick Capital': 'investor' }, 1.2e8]]);
    expect(brief('Borkan Systems y Halvik Data crean una empresa conjunta.', 'es')).toEqual([
      ['joint-venture', { 'Borkan Systems': 'partner', 'Halvik Data': 'partner' }, null],
    ]);
  });
  it('hedges: sources and talks, a cancelled lease', () => {
    const talks = 'Borkan Systems negocia la compra de Lindqvist Optik, según fuentes.';
    expect(read(talks, 'es').map((d) => [d.kind, d.status])).toEqual([['acquisition', 'rumored']]);
    const ended = 'Borkan Systems canceló el contrato de alquiler con Halvik Data.';
    expect(read(ended, 'es').map((d) => [d.kind, d.status])).toEqual([['compute-lease', 'terminated']]);
  });
});

describe('readDeals: the language picks the words', () => {
  it('reads English words in English, and a French word in English text as no cue', () => {
    expect(brief('Halvik Data will rent 4,000 GPUs to Tornveld Labs.', 'en')).toEqual(landlord);
    expect(read('Halvik Data loue 4 000 GPU à Tornveld Labs.', 'en')).toEqual([]);
  });
});
