// The extractor: tokenize once, find companies by dictionary and by form, read figures where a
// number or currency mark starts, attach context (terms, "its" vendors), convert to USD.
// Pure and synchronous: the content script calls it in the page, the CLI in Node.
import type { Company } from '../feed/types';
import type { CompanyMention, GpuMention, Mention, MoneyMention } from './types';
import { tokenize, type Token } from './tokens';
import { buildCompanyIndex, type CompanyIndex } from './companies';
import { findCompanies } from './find-companies';
import { attachTerms, inheritComparedPeriods, readImpliedMoney, readMoney, readVagueMoney } from './money';
import { readPower } from './power';
import { readGpu, readImpliedGpu } from './gpu';
import { VENDOR_OF_COMPANY } from './accelerators';
import { buildDocument, type ArticleDoc } from './document';
import { readingOf, type Unclear } from './lang/reading';
import { firstIndex } from '../util/sorted';

export { hasCandidates, companyNameSet } from './prefilter';
export type { ArticleDoc } from './document';

/** What the extractor knows: the company dictionary. Amounts stay in their own currency; they are
 *  converted once, at display, with the cache's dated FX table (lib/figures/fx). */
export interface ExtractorContext {
  companies: Company[];
}

export interface ExtractOptions {
  /** Language of the text (BCP-47 or ISO 639-1), when known; absent = unknown (guessed from the text). */
  lang?: string;
  /** Companies learned by form in other parts of the same article (windows of one page): they
   *  are recognized here too, and the names this call learns are appended. */
  learned?: Company[];
}
/** The mentions, and the figures left unmarked because their number format was unclear. */
interface ExtractNotes {
  mentions: Mention[];
  unclear: Unclear[];
}

export interface Extractor {
  (text: string, options?: ExtractOptions): Mention[];
  withNotes(text: string, options?: ExtractOptions): ExtractNotes;
  /** The article as a document: sentences from the same tokenizer and mentions with stable ids. */
  document(text: string, options?: ExtractOptions): ArticleDoc;
}

export function createExtractor(ctx: ExtractorContext): Extractor {
  const index = buildCompanyIndex(ctx.companies);
  const run = (text: string, options?: ExtractOptions) => {
    try {
      return extract(text, index, options);
    } catch {
      // Never throw into the page: a bug here must cost the reader annotations, not the page.
      return { mentions: [], unclear: [], tokens: [] };
    }
  };
  const extractor = (text: string, options?: ExtractOptions) => run(text, options).mentions;
  extractor.withNotes = (text: string, options?: ExtractOptions): ExtractNotes => {
    const { mentions, unclear } = run(text, options);
    return { mentions, unclear };
  };
  extractor.document = (text: string, options?: ExtractOptions): ArticleDoc => {
    const { mentions, tokens } = run(text, options);
    return buildDocument(typeof text === 'string' ? text : '', mentions, tokens, options?.lang);
  };
  return extractor;
}

function findFigures(tokens: Token[], text: string) {
  const money: { mention: MoneyMention; next: number; from: number }[] = [];
  const other: Mention[] = [];
  const pronounGpus: GpuMention[] = [];
  let lastGpu: { mention: GpuMention; sentence: number } | null = null;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.kind === 'punct' && !'$€£¥₹₩₪'.includes(t.text)) {
      i++;
      continue;
    }
    const last = money[money.length - 1];
    const implied =
      last && !last.mention.vague && t.sentence - tokens[last.from].sentence <= 1 ? last.mention.currency : null;
    const m = readMoney(tokens, text, i) ?? readVagueMoney(tokens, text, i);
    if (m) {
      money.push({ ...m, from: i });
      i = Math.max(m.next, i + 1);
      continue;
    }
    const p = readPower(tokens, text, i);
    if (p) {
      other.push(p.mention);
      i = Math.max(p.next, i + 1);
      continue;
    }
    const b = implied ? readImpliedMoney(tokens, text, i, implied) : null;
    if (b) {
      money.push({ ...b, from: i });
      i = Math.max(b.next, i + 1);
      continue;
    }
    const g: ReturnType<typeof readGpu> =
      readGpu(tokens, text, i) ??
      (lastGpu && t.sentence - lastGpu.sentence <= 1 ? readImpliedGpu(tokens, text, i, lastGpu.mention) : null);
    if (g) {
      if (g.definite && lastGpu && t.sentence - lastGpu.sentence <= 1) {
        g.mention.model = lastGpu.mention.model;
        g.mention.vendor = lastGpu.mention.vendor;
      }
      if (!g.mention.vague && g.mention.count !== undefined) lastGpu = { mention: g.mention, sentence: t.sentence };
      other.push(g.mention);
      if (g.pronoun) pronounGpus.push(g.mention);
      i = Math.max(g.next, i + 1);
      continue;
    }
    i++;
  }
  attachTerms(tokens, money);
  inheritComparedPeriods(tokens, money);
  return { money: money.map((m) => m.mention), other, pronounGpus };
}

/** Index of the token that starts at `start` (binary search: tokens are sorted). */
function tokenAt(tokens: Token[], start: number): Token | undefined {
  const t = tokens[firstIndex(tokens.length, (i) => tokens[i].start >= start)];
  return t?.start === start ? t : undefined;
}

/** "Nvidia will allocate 120,000 of its GPUs": the vendor is the nearest vendor company before. */
function resolvePronounVendors(gpus: GpuMention[], companies: CompanyMention[], tokens: Token[]) {
  let c = 0;
  let last: CompanyMention | undefined;
  for (const g of gpus) {
    while (c < companies.length && companies[c].start < g.start) {
      if (VENDOR_OF_COMPANY[companies[c].canonical]) last = companies[c];
      c++;
    }
    if (last && tokenAt(tokens, last.start)?.sentence === tokenAt(tokens, g.start)?.sentence) {
      g.vendor = VENDOR_OF_COMPANY[last.canonical];
    }
  }
}

function extract(text: string, index: CompanyIndex, options?: ExtractOptions): ExtractNotes & { tokens: Token[] } {
  if (typeof text !== 'string' || text.length === 0) return { mentions: [], unclear: [], tokens: [] };
  // English (given or guessed) reads the tokens as they are; other languages through their glosses.
  // The tokenizer's own tokens (and their sentences) serve the document either way.
  const tokens = tokenize(text);
  const reading = readingOf(text, tokens, options?.lang);
  const companies = reading.addCompanies(findCompanies(reading.split, text, index, options?.learned));
  const { money, other, pronounGpus } = findFigures(reading.tokens, text);
  if (pronounGpus.length) resolvePronounVendors(pronounGpus, companies, reading.tokens);
  const all: Mention[] = [...companies, ...money, ...other];
  return { mentions: all.sort((a, b) => a.start - b.start || a.end - b.end), unclear: reading.unclear, tokens };
}
