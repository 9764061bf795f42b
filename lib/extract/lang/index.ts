// The language descriptors by ISO 639-1 code; a BCP-47 tag ("de-AT", "zh-Hant-TW") reads by its language.
import type { LangRules } from './types';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import { ja } from './ja';
import { zh } from './zh';
import { ko } from './ko';

const RULES: Record<string, LangRules> = { de, fr, es, it, nl, pt, ja, zh, ko };

/** The primary language subtag of a BCP-47 tag, lower-case: "en-US" → "en". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The descriptor for a language, or undefined for English and languages without one. */
export function rulesFor(lang: string | undefined): LangRules | undefined {
  const code = primaryLanguage(lang);
  return code && Object.hasOwn(RULES, code) ? RULES[code] : undefined;
}

export const SUPPORTED_LANGUAGES = ['en', ...Object.keys(RULES)];
