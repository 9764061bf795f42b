// Which tokens the extractor reads for a text: the tokenizer's own for English (given or guessed: read
// exactly as before), glossed ones for the other languages and for text whose language stays unknown.
import type { Token } from '../tokens';
import type { CompanyMention } from '../types';
import { primaryLanguage, rulesFor } from './index';
import { detectLanguage } from './detect';
import { glossTokens, type Unclear } from './gloss';
import { findLocalCompanies } from './local-companies';
import { findCjkNames } from './cjk-names';
import { foundAgain } from './found-again';
import { findLedNames, withoutLeadWords } from './led-names';
import { findFormedNames } from './formed-names';

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
  if (!rules) return { ...glossed, addCompanies: SAME };
  if (rules.cjk) {
    const names = rules.cjk.names;
    return {
      ...glossed,
      addCompanies: (found) => {
        const all = mergeCompanies(found, findLocalCompanies(text));
        if (!names) return all;
        return sorted([...all, ...foundAgain(text, findCjkNames(text, code ?? '', names), all, false)]);
      },
    };
  }
  const forms = rules.nameForms;
  return {
    ...glossed,
    addCompanies: (found) => {
      const trimmed: CompanyMention[] = [];
      const own = found.flatMap((m) => {
        const kept = withoutLeadWords(forms ? baseForm(m, forms) : m, text, rules);
        if (kept[0] && kept[0].start !== m.start) trimmed.push(kept[0]);
        return kept;
      });
      // Names the English rules took with a lead word, and names only this language's nouns show, come back.
      const led = [...findLedNames(text, tokens, rules), ...findFormedNames(text, tokens, rules)];
      return sorted([...own, ...foundAgain(text, [...led, ...trimmed], own, true)]);
    },
  };
}

function sorted(mentions: CompanyMention[]): CompanyMention[] {
  return mentions.sort((a, b) => a.start - b.start);
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
