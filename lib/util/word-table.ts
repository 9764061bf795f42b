// Word tables the extractor looks tokens up in, several times per token. A Map: an object literal answers
// a miss by walking its prototype ("constructor" and "valueOf" were found there: a page's word
// "constructor" was read as a currency code and a number), and a prototype-less object is slow for keys
// that are slices of the page's text (each lookup first searches the engine's table of known strings).
type WordTable<T> = ReadonlyMap<string, T>;

export function wordTable<T>(entries: Record<string, T>): WordTable<T> {
  return new Map(Object.entries(entries));
}
