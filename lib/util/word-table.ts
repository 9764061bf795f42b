// Word tables the extractor looks every token up in. An object literal answers a miss by walking its
// prototype (slow on the hot path, and "constructor" or "valueOf" are found there: a page's word
// "constructor" was read as a currency code and a number); these tables have no prototype.
export type WordTable<T> = Readonly<Record<string, T | undefined>>;

export function wordTable<T>(entries: Record<string, T>): WordTable<T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
