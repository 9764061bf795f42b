// The cheap prefilter: does this text hold anything the extractor could find? A few regular
// expressions of bounded length (no nested quantifiers, so each is linear in the text), run
// before any parsing; pages without candidates cost one read of their text and load nothing else.
import type { Company } from '../feed/types';

/** Currency marks and codes, digits with a scale or unit, accelerator names, and legal suffixes
 *  ("Inc": unknown companies are found by them). Case-sensitive. */
const FIGURE = new RegExp(
  [
    '[$€£¥₹₩]',
    String.raw`\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?) ?\d`,
    String.raw`\d ?(?:k|K|m|M|mn|bn|b|B|tn|[kMGT]W)\b`,
    String.raw`\b(?:G?[HBAL]\d{2,3}[A-Z]?s?|MI\d{3}[XA]?s?|TPUs?|Trainium\d?|Blackwell|Hopper|Gaudi ?\d?|Instinct|` +
      String.raw`Inc|Corp|LLC|Ltd|PLC|GmbH)\b`,
  ].join('|'),
);
/** Spelled scales and units: "billion", "gigawatts", "GPUs", "crore". */
const SCALE_WORDS =
  'thousand million billion trillion crore lakh watts? kilowatts? megawatts? gigawatts? GPUs? chips accelerators ' +
  'multibillion';
const WORDS = new RegExp(String.raw`\b(?:${SCALE_WORDS.replaceAll(' ', '|')})\b`, 'i');
/** Figures in the other languages: a digit before a CJK numeral, currency or unit ("725億", "2조", "3기가와트"),
 *  or before a local scale word ("27 Mrd.", "8,5 milliards", "15,000 millones", "1 mld", "200 miljard"). */
const LOCAL_SCALE_WORDS =
  'Mrd Mio Milliarde Millionen Billionen milliard millions? millones millón billones mila mln mld milioni miliardi ' +
  'miljoen miljard biljoen milhão milhões bilhão bilhões bilião biliões trilhões Gigawatt Megawatt mégawatts? ' +
  'gigavatios? megavatios?';
const LOCAL = new RegExp(
  String.raw`\d[万萬億亿兆千百円元원만억조천백기메]|\d\s?(?:${LOCAL_SCALE_WORDS.replaceAll(' ', '|')})`,
);
/** A page that names only companies, in Japanese, Chinese or Korean script: the most frequent deal names. */
const LOCAL_NAMES =
  /エヌビディア|英伟达|輝達|엔비디아|マイクロソフト|微软|마이크로소프트|ソフトバンク|소프트뱅크|삼성전자|台积电|台積電|阿里巴巴|腾讯|华为/;
/** Capitalized words (and all-caps names such as "AWS", "xAI") to look up in a name set. */
const NAME = /\b[A-Za-z][A-Za-z0-9]*/g;

/** Words that reveal a company: every one-word alias ("Nvidia", "AWS"), and the first word of a
 *  longer alias only when its form is distinctive ("SoftBank Group", "G42 Cloud"), not an
 *  ordinary word ("The", "General", "Blue") that would load the annotator on every page. */
export function companyNameSet(companies: Company[]): Set<string> {
  const set = new Set<string>();
  for (const c of companies) {
    for (const alias of [c.name, ...c.aliases]) {
      const first = /^[A-Za-z0-9]+/.exec(alias)?.[0];
      if (!first || first.length < 2) continue;
      if (first === alias || (first.length > 2 && /^.[a-z]*[A-Z0-9]/.test(first))) set.add(first);
    }
  }
  return set;
}

/**
 * True when the text may hold a mention: a figure or, given a name set, a known company name.
 * Legal suffixes alone ("Inc.") also count, because unknown companies are found by them.
 */
export function hasCandidates(text: string, names?: ReadonlySet<string>): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  if (FIGURE.test(text) || WORDS.test(text) || LOCAL.test(text)) return true;
  if (!names) return false;
  if (LOCAL_NAMES.test(text)) return true;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    if (names.has(m[0])) return true;
  }
  return false;
}
