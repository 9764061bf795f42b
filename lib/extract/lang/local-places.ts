// Place words as the page's own language writes them, which the (English) place list does not hold: a name
// found after a descriptor noun or before a company word that holds one is a place or a public body
// ("la argentina Buenos Aires", "il fondo sovrano Italia"), not a company no list knows.
import { PLACES } from '../places';

const LOCAL = new Set(
  (
    'Italia España Espanha Alemania Alemanha Deutschland Frankreich Francia França Brasil México Nederland ' +
    'Duitsland Frankrijk Spanje Italië Europa Schweiz Suisse Svizzera Österreich Belgique België Portugal ' +
    'Lisboa Lisbonne Milano Roma Londres Bruxelles Brussel Zürich Wien München Köln Genève Ginevra Lyon ' +
    'Marseille Barcelona Valencia Sevilla Buenos Aires São Paulo Rio Janeiro Bogotá Santiago Lima Torino ' +
    'Napoli Antwerpen Frankfurt Hamburg Stuttgart Düsseldorf Grand Nueva Nuevo Ciudad Estados Unidos'
  ).split(' '),
);

/** "Central", "Mundial": after "Banco" or "fondo" a public body. */
export const PUBLIC_WORDS = new Set(
  (
    'Central Centrale Mundial Mondiale Monetario Monétaire Europeo Europea Européen Européenne ' +
    'Interamericano Federal'
  ).split(' '),
);

/** Does any word of the name name a place or a public body? */
export function hasPlaceWord(words: string[]): boolean {
  return words.some((w) => PLACES.has(w) || LOCAL.has(w) || PUBLIC_WORDS.has(w));
}
