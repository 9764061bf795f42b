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
  if (code === 'en') return { split: tokens, tokens, unclear: [], addCompanies: SAME };
  const rules = rulesFor(code);
  const glossed = glossTokens(text, tokens, rules);
  const forms = rules?.nameForms;
  if (forms) return { ...glossed, addCompanies: (found) => found.map((m) => baseForm(m, forms)) };
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
