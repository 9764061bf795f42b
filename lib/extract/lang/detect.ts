// A cheap guess at a text's language from the text itself: script ranges for Japanese, Chinese and
// Korean, counts of short function words for the Latin-script languages. One pass over a bounded
// sample, so it costs the same on any page. Undefined when the evidence is thin or split.

const SAMPLE = 4000;

const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'its', 'was', 'has', 'will', 'from', 'by'],
  de: ['der', 'die', 'und', 'das', 'mit', 'den', 'von', 'ist', 'nicht', 'ein', 'eine', 'für', 'auf', 'dem', 'sich'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'au', 'aux', 'sur', 'qui', 'avec'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'por', 'con', 'una', 'para', 'su', 'se', 'al', 'como', 'más'],
  it: ['il', 'di', 'che', 'della', 'per', 'del', 'con', 'non', 'sono', 'gli', 'nel', 'alla', 'dei', 'delle', 'è'],
  nl: ['het', 'een', 'van', 'op', 'met', 'voor', 'zijn', 'niet', 'dat', 'ook', 'wordt', 'naar', 'bij', 'uit', 'er'],
  pt: ['os', 'do', 'da', 'em', 'com', 'não', 'uma', 'dos', 'das', 'para', 'no', 'na', 'ao', 'pelo', 'são'],
};
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS))
  for (const w of words) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);

function isKana(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f);
}
function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
/** True for a character of a script written without spaces between words (Han, kana) or Hangul. */
export function isCjk(c: number): boolean {
  return isHan(c) || isKana(c) || isHangul(c);
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** ISO 639-1 code of the text's language ('en', 'de', …, 'ja', 'zh', 'ko'), or undefined when unclear. */
export function detectLanguage(text: string): string | undefined {
  const n = Math.min(text.length, SAMPLE);
  let kana = 0,
    hangul = 0,
    han = 0,
    latin = 0;
  const counts: Record<string, number> = {};
  let w = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (w < 0) w = i;
      latin++;
      continue;
    }
    if (w >= 0 && i - w <= 5) {
      for (const lang of WORD_LANGS.get(text.slice(w, i).toLowerCase()) ?? []) counts[lang] = (counts[lang] ?? 0) + 1;
    }
    w = -1;
    if (isKana(c)) kana++;
    else if (isHangul(c)) hangul++;
    else if (isHan(c)) han++;
  }
  const cjk = kana + hangul + han;
  if (cjk > latin / 4 && cjk >= 4) {
    if (hangul > kana + han) return 'ko';
    if (kana > 0 && kana * 20 >= han) return 'ja';
    return hangul > 0 ? 'ko' : 'zh';
  }
  let best: string | undefined,
    bestCount = 0,
    second = 0;
  for (const [lang, count] of Object.entries(counts)) {
    if (count > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = count;
    } else if (count > second) second = count;
  }
  if (!best) return 'en'; // no function word of any listed language: figures read as today
  if (best === 'en' && bestCount > second) return 'en';
  return bestCount >= 2 && bestCount >= second * 1.5 ? best : undefined;
}
