// Which currency a bare "元" is. Mainland pages mean renminbi; Taiwanese pages write "新台幣" once and
// then "元" alone; Hong Kong pages "港元". A currency word right before the number ("新台幣1,200億元")
// decides for that amount; otherwise the page's marker, or its script (traditional characters: Taiwan).
import type { CjkRules } from './types';

const SAMPLE = 4000;
const TRADITIONAL = new Set('萬億與為這們將會對電灣臺國報導際資產業達來開發後時總額購');
const SIMPLIFIED = new Set('万亿与为这们将会对电湾国报导际资产业达来开发后时总额购');

function traditionalScript(text: string): boolean {
  let trad = 0,
    simp = 0;
  for (let i = 0; i < Math.min(text.length, SAMPLE); i++) {
    if (TRADITIONAL.has(text[i])) trad++;
    else if (SIMPLIFIED.has(text[i])) simp++;
  }
  return trad >= 3 && trad > simp * 3;
}

/** The gloss for "元" after the number starting at `start`, for this page (undefined: renminbi). */
export function yuanReader(text: string, rules: CjkRules): (start: number) => string | undefined {
  const prefixes = rules.yuanPrefixes;
  if (!prefixes) return () => undefined;
  const names = Object.keys(prefixes);
  let page: string | undefined;
  for (const name of names) if (prefixes[name] === 'TWD' && text.includes(name)) page = 'TWD';
  if (!page && traditionalScript(text)) page = /港元|港幣/.test(text) ? 'HKD' : 'TWD';
  return (start) => {
    const at = text[start - 1] === ' ' ? start - 1 : start;
    for (const name of names) if (text.startsWith(name, at - name.length)) return prefixes[name];
    return page;
  };
}
