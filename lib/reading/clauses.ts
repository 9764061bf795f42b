// Sentences cut into clauses, each with its tokens (from the one tokenizer) and the mentions inside it.
// A clause ends at ";", at a contrast ("but", "while", "meanwhile") and at a relative or time clause
// (", which", ", when"), whose subject is the company named just before it.
import type { ArticleDoc, DocMention } from '../extract/document';
import { tokenize, type Token } from '../extract/tokens';
import { asidesOf } from './asides';
import { glossTokens, readingLanguage, type ReadingLanguage } from './lang/index';

export interface Clause {
  sentence: number;
  tokens: Token[];
  /** Mentions inside the clause, with the index of their first token in `tokens`. */
  mentions: { m: DocMention; at: number }[];
  /** "which" / "who" / "it" / "the company" opens the clause: its subject is named before it. */
  anaphoric: boolean;
  /** Appositives after a company (asides.ts): token ranges whose words and companies describe, not report. */
  asides: [number, number][];
  /** Opened by "after", "since", "before": its status comes from its own words, not the sentence's. */
  temporal?: boolean;
  /** For an aside read as a clause: the company it describes, its subject. */
  describes?: DocMention;
  start: number;
  end: number;
  /** The document's reading language (lang/): its deal cues and status words. */
  lang: ReadingLanguage;
}

const BREAK_WORDS = new Set(['but', 'while', 'whereas', 'meanwhile', 'although', 'though']);
const RELATIVE = new Set(['which', 'who', 'when', 'after', 'whose']);
const ANAPHORS = new Set(['which', 'who', 'it', 'the', 'its', 'they', 'he', 'she']);
/** Nouns for what a company is: "the Pittsburgh utility", "The data-center developer" name one read before. */
const COMPANY_ROLE_NOUNS = new Set(
  (
    'company startup firm developer operator provider utility chipmaker maker builder group lab neocloud ' +
    'hyperscaler designer supplier'
  ).split(' '),
);

/** Sentence adverbs set off by a comma before the subject: "Second, it agreed", "Separately, the firm said". */
const LEAD_ADVERBS = new Set(
  'first second third fourth finally separately instead later meanwhile also then additionally earlier'.split(' '),
);

/** Conjunctions that open a clause before its subject: "after the lab signed", "but the company said". */
const CONJUNCTIONS = new Set('after since before when while as and but'.split(' '));

/** The clause's first word past a leading "Second," (lower case). */
function firstWord(tokens: Token[]): string {
  const words = tokens.filter((t) => t.kind === 'word');
  const lead =
    (LEAD_ADVERBS.has(words[0]?.text.toLowerCase() ?? '') && tokens[1]?.text === ',') || words[0]?.text === 'and';
  return (lead ? words[1] : words[0])?.text.toLowerCase() ?? '';
}

/** "The company", "the Denver developer", "Instead, the utility": a clause opening on a described company. */
function describedCompanyFirst(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').slice(0, 5);
  const the = words.findIndex((t) => t.text.toLowerCase() === 'the');
  // "Instead, the utility" but not "Foo, the model developer," (a name with its appositive).
  const lead = words[0]?.text.toLowerCase() ?? '';
  if (the < 0 || the > 1 || (the === 1 && !LEAD_ADVERBS.has(lead) && !CONJUNCTIONS.has(lead))) return false;
  return words.slice(the + 1, the + 4).some((t) => COMPANY_ROLE_NOUNS.has(t.text));
}

/** "months after the lab signed", "since it bought Foo": an earlier deal told in passing, with a status of its own. */
const TEMPORAL = new Set(['after', 'since', 'before']);

/** (`lower`: the token's text in lower case, when the caller has it.) */
function temporalBefore(tokens: Token[], i: number, lower = tokens[i].text.toLowerCase()): boolean {
  if (!TEMPORAL.has(lower)) return false;
  const next = tokens[i + 1];
  return !!next && next.kind === 'word' && (/^(it|they|the)$/.test(next.text) || /^[A-Z]/.test(next.text));
}

function cutsBefore(tokens: Token[], i: number): boolean {
  const w = tokens[i].text.toLowerCase();
  if (BREAK_WORDS.has(w) || temporalBefore(tokens, i, w)) return true;
  return tokens[i - 1]?.text === ',' && (RELATIVE.has(w) || newSubjectAfterAnd(tokens, i));
}

/** ", and it will spend", ", and the group has said": a second main clause with a subject that refers back. */
function newSubjectAfterAnd(tokens: Token[], i: number): boolean {
  if (tokens[i].text.toLowerCase() !== 'and') return false;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  return next === 'it' || next === 'they' || (next === 'the' && COMPANY_ROLE_NOUNS.has(tokens[i + 2]?.text ?? ''));
}

/** Verbs that, after ", which ...,", resume the main clause: "Foo, which listed in 2021, has agreed to...". */
const MAIN_VERBS = new Set(
  'has have had is are was were will would said says plans took struck agreed also'.split(' '),
);

function resumesMain(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' || tokens[i].kind !== 'word') return false;
  const w = tokens[i].text.toLowerCase();
  return MAIN_VERBS.has(w) || (/^[a-z]{3,}ed$/.test(tokens[i].text) && !/^(based|led|owned|backed|founded)$/.test(w));
}

export function clausesOf(doc: ArticleDoc): Clause[] {
  const lang = readingLanguage(doc.lang);
  // The document's own tokens when it carries them (the extractor's); tokenized here only for a hand-made doc.
  const tokens = glossTokens(doc.tokens ?? tokenize(doc.text), lang);
  const out: Clause[] = [];
  let current: Token[] = [];
  /** Inside ", which ..." / ", who ...": the next ", <verb>" resumes the main clause about the company before it. */
  let relative = false;
  let resumes = false;
  const resumed = new Set<Clause>();
  const flush = () => {
    if (!current.length) return;
    out.push({
      sentence: current[0].sentence,
      tokens: current,
      mentions: [],
      anaphoric: false,
      asides: [],
      lang,
      start: current[0].start,
      end: current[current.length - 1].end,
    });
    if (resumes) resumed.add(out[out.length - 1]);
    if (temporalBefore(current, 0)) out[out.length - 1].temporal = true;
    resumes = false;
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const closes = relative && resumesMain(tokens, i);
    if (current.length && (t.sentence !== current[0].sentence || cutsBefore(tokens, i) || closes)) {
      flush();
      resumes = closes;
      relative = tokens[i - 1]?.text === ',' && /^(which|who)$/i.test(t.text);
    }
    if (t.text === ';') {
      flush();
      relative = false;
      continue;
    }
    current.push(t);
  }
  flush();
  for (const c of out) {
    const first = firstWord(c.tokens);
    c.anaphoric = resumed.has(c) || (ANAPHORS.has(first) && first !== 'the') || describedCompanyFirst(c.tokens);
  }
  let ci = 0;
  for (const m of doc.mentions) {
    while (ci < out.length && out[ci].end <= m.start) ci++;
    const c = out[ci];
    if (!c || m.start < c.start) continue;
    const at = c.tokens.findIndex((t) => t.start >= m.start);
    c.mentions.push({ m, at: at < 0 ? c.tokens.length - 1 : at });
  }
  // A resumed main clause is about the company named before its ", which" clause.
  out.forEach((c, k) => {
    if (resumed.has(c) && out[k - 2]?.sentence === c.sentence)
      c.describes = [...out[k - 2].mentions].reverse().find((x) => x.m.type === 'company')?.m;
  });
  return out.flatMap(withAsides);
}

export function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** A clause with appositives: each aside first, as a clause of its own about the company before it. */
function withAsides(c: Clause): Clause[] {
  c.asides = asidesOf(c.tokens, c.mentions);
  const subs = c.asides.map(([from, to]): Clause => {
    const tokens = c.tokens.slice(from + 1, to);
    return {
      sentence: c.sentence,
      tokens,
      mentions: c.mentions.filter((x) => x.at > from && x.at < to).map((x) => ({ m: x.m, at: x.at - from - 1 })),
      anaphoric: true,
      asides: [],
      lang: c.lang,
      describes: [...c.mentions].reverse().find((x) => x.m.type === 'company' && x.at < from)?.m,
      start: tokens[0]?.start ?? c.start,
      end: tokens[tokens.length - 1]?.end ?? c.end,
    };
  });
  return [...subs.filter((s) => s.tokens.length), c];
}
