// A language descriptor (one per language, like Yomitan's): how that language writes numbers, scales,
// currencies, power units and counts, as glosses into the English words the one number reader knows.

/** How a single separator followed by exactly three digits reads ("1.500", "2,500"). */
export type SeparatorRole = 'decimal' | 'group' | 'page';

export interface LangRules {
  code: string;
  /** Role of "," and "." when one of them stands alone before three digits. 'page': decided by the page's other
   *  numbers. */
  comma: SeparatorRole;
  point: SeparatorRole;
  /** True when a plain space groups thousands ("7 300"); no-break and thin spaces group in every language. */
  spaceGroups: boolean;
  /** Local word (lower-case) → the English word the reader knows: scales, currencies, units, number words, range
   *  words. */
  words: Record<string, string>;
  /** Two local words read as one (lower-case, joined by a space): "mil millones" → "billion". */
  pairs?: Record<string, string>;
  /** Abbreviations whose period belongs to them ("Mrd.", "Mio."): the period neither ends the sentence nor the
   *  amount. */
  abbreviations?: string[];
  /** Little words between an amount and its currency word ("de", "d’", "di"), absorbed into the currency word. */
  linkers?: string[];
  /** Prepositions after which a bare number is no implied amount ("a 17,35"); set: implied scales are read. */
  prepositions?: string[];
  /** "more" words that may follow an implied amount ("otros 40 más"). */
  moreWords?: string[];
  /** Endings of compound nouns read as the noun ("inferentiechips" → "chips"). */
  compounds?: Record<string, string>;
  /** Phrases between a chip noun and its model, skipped by the reader ("van het type"). */
  beforeModel?: string[];
  /** Inflected first words of company names → the name's own form ("Deutschen" → "Deutsche"). */
  nameForms?: Record<string, string>;
  /** Endings of the capitalized nouns that say what a company is, written before its name ("Rechenzentrumsbetreiber
   *  Quillon Data", "das Unternehmen"): no part of the name, and alone no company. Lower case. */
  descriptorNouns?: string[];
  /** Lower-case nouns written before a company's name ("la empresa Foo", "il gruppo Foo"); exact words. */
  nameLeads?: string[];
  /** Endings of the lower-case adjectives that may stand between such a noun and the name ("parisienne"). */
  adjectiveEndings?: string[];
  /** Capitalized words that begin a company's name ("Banco Andino", "Fondo Dolomiti"). */
  nameHeads?: string[];
  /** Capitalized words that end a company's name ("Valdivia Sistemas", "Tirrenia Energia"). */
  nameTails?: string[];
  /** Han, kana or Hangul numerals and suffixes (ja, zh, ko). */
  cjk?: CjkRules;
}

export interface CjkRules {
  /** Local suffixes after a number, longest first when matching: currency, unit or counter → English gloss. */
  suffixes: Record<string, string>;
  /** Counters that count chips only when a chip word is near ("枚", "基", "장"). */
  counters: string[];
  /** Chip nouns and vendor names in local script → "chips" or the vendor's English name ("芯片", "エヌビディア"). */
  words: Record<string, string>;
  /** Particles read through between a count and the chips named before it ("を", "을"). */
  skips: string[];
  /** Hedges before a count ("約", "약"). */
  hedges: string[];
  /** Particles that attach a counter to the noun after it ("の", "的", "의"). */
  nounLinkers: string[];
  /** How a noun counted by the counter follows it without a linker: glued (zh), after a space (ko), never (ja). */
  counterNoun: 'glued' | 'spaced' | 'never';
  /** Big numerals read as such only before a currency ("3.3兆元": 10¹² in Taiwanese money). */
  moneyBig?: Record<string, number>;
  /** Currency words written before a number whose "元" they name ("新台幣" → TWD). */
  yuanPrefixes?: Record<string, string>;
  /** Words between two numbers that make a range ("〜", "至"). */
  rangeWords: string[];
  /** Numeral characters of this language and their values (十百千 small, 万億兆 big). */
  big: Record<string, number>;
  small: Record<string, number>;
  /** Rate words before an amount ("月額", "연간") → "monthly" or "annual", which the reader looks back for. */
  rates?: Record<string, string>;
  /** Fused hedges kept inside the figure ("5천여"). */
  fusedHedges?: string[];
  /** How names of companies no list knows end ("科技", "ホールディングス", "테크"). */
  names?: CjkNameRules;
}

export interface CjkNameRules {
  /** Words that end only company names. */
  corporate: string[];
  /** Words that also end ordinary nouns ("データ", "算力"): a name only when it comes back in the text. */
  nouns: string[];
  /** Words of a sentence about a company ("発表", "宣布", "밝혔다"): a noun-ended name needs one beside it. */
  cues: string[];
  /** zh: words a name may follow ("与", "公司"); punctuation always may. */
  before?: string[];
  /** zh: words that may follow a name ("宣布", "股价"); ko: the particles a name may carry ("는", "의"). */
  after?: string[];
}
