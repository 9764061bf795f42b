// Which tokens the extractor reads for a text: the tokenizer's own for English (given or guessed: read
// exactly as before), glossed ones for the other languages and for text whose language stays unknown.
import type { Token } from '../tokens';
import type { CompanyMention } from '../types';
import { primaryLanguage, rulesFor } from './index';
import { detectLanguage } from './detect';
import { glossTokens, type Unclear } from './gloss';
import { findLocalCompanies } from './local-companies';

export type { Unclear } from './gloss';

interface Reading {
  /** The language the text is read in (given or guessed, ISO 639-1; none when unknown): the deal reader reads its
   *  words in it too. */
  lang?: string;
  /** Tokens for the company finder. */
  split: Token[];
  /** Tokens for the number reader. */
  tokens: Token[];
  unclear: Unclear[];
  /** The finder's companies plus local-script names (CJK), sorted, without overlaps. */
  addCompanies(found: CompanyMention[]): CompanyMention[];
}

const SAME = (found: CompanyMention[]) => found;

export function readingOf(text: string, tokens: Token[], lang: string | undefined): Reading {
  const code = primaryLanguage(lang) ?? detectLanguage(text);
  if (code === 'en') return { lang: code, split: tokens, tokens, unclear: [], addCompanies: SAME };
  const rules = rulesFor(code);
  const glossed = { lang: code, ...glossTokens(text, tokens, rules) };
  const forms = rules?.nameForms;
  const described = rules?.descriptorNouns;
  if (forms || described)
    return {
      ...glossed,
      addCompanies: (found) => found.flatMap((m) => withoutDescriptor(forms ? baseForm(m, forms) : m, described ?? [])),
    };
  if (!rules?.cjk) return { ...glossed, addCompanies: SAME };
  return { ...glossed, addCompanies: (found) => mergeCompanies(found, findLocalCompanies(text)) };
}

/** Two sorted lists of company mentions merged; where they overlap, the longer span stays. */
function mergeCompanies(a: CompanyMention[], b: CompanyMention[]): CompanyMention[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: CompanyMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** "der Deutschen Telekom": the canonical name takes the name's own first word. */
function baseForm(m: CompanyMention, forms: Record<string, string>): CompanyMention {
  const space = m.canonical.indexOf(' ');
  const first = space > 0 ? m.canonical.slice(0, space) : '';
  return Object.hasOwn(forms, first) ? { ...m, canonical: forms[first] + m.canonical.slice(space) } : m;
}

/** "Rechenzentrumsbetreiber Quillon Data" → "Quillon Data"; "Unternehmen" alone is no company. */
function withoutDescriptor(m: CompanyMention, nouns: string[]): CompanyMention[] {
  const isDescriptor = (word: string) => nouns.some((n) => word.toLowerCase().endsWith(n));
  const gap = /\s+/.exec(m.text);
  if (!isDescriptor(gap ? m.text.slice(0, gap.index) : m.text)) return [m];
  if (!gap) return [];
  const cut = gap.index + gap[0].length;
  const first = m.canonical.indexOf(' ');
  const canonical = first > 0 && isDescriptor(m.canonical.slice(0, first)) ? m.canonical.slice(first + 1) : m.canonical;
  return [{ ...m, start: m.start + cut, text: m.text.slice(cut), canonical }];
}
