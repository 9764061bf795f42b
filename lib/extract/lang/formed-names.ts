// Companies no list knows, by the word their name begins or ends with in the page's language: "Banco Andino",
// "Fondo Dolomiti" (a head), "Valdivia Sistemas", "Tirrenia Energia", "Taunus Beteiligungen" (a tail). The
// English rules know "Capital" and "Ventures"; these are the language's own. One pass over the tokens.
import type { Token } from '../tokens';
import { sentenceInitial } from '../tokens';
import type { CompanyMention } from '../types';
import { canonicalOf, nameWord } from '../name-words';
import { ORDINARY_FIRST_WORDS } from '../short-forms';
import type { LangRules } from './types';
import { hasPlaceWord, PUBLIC_WORDS } from './local-places';

/** Capitalized articles and pronouns that start a sentence, never a name. */
const ARTICLES = new Set(
  'La El Le Il Lo Los Las Les Gli A O Os As Der Die Das Dem Den Het De Un Una Une Uno Um Uma Ein Eine'.split(' '),
);

/** English adjectives that make a tail a common noun: "Big Data", "Edge Cloud". */
const ORDINARY = new Set('Big Open Smart Hybrid Edge Private Sovereign Multi Green Clean Deep Fast'.split(' '));

function word(t: Token | undefined, sentence: number): boolean {
  return !!t && t.kind === 'word' && t.sentence === sentence && nameWord(t) && !ARTICLES.has(t.text);
}

function words(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).map((t) => t.text);
}

function mention(text: string, tokens: Token[], from: number, to: number): CompanyMention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { type: 'company', text: text.slice(start, end), start, end, canonical: canonicalOf(tokens, from, to) };
}

/** Names made with one of the language's head or tail words (not yet checked against other finds). */
export function findFormedNames(text: string, tokens: Token[], rules: LangRules): CompanyMention[] {
  const heads = new Set(rules.nameHeads ?? []);
  const tails = new Set(rules.nameTails ?? []);
  const out: CompanyMention[] = [];
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (heads.has(t.text) && word(tokens[i + 1], t.sentence) && !PUBLIC_WORDS.has(tokens[i + 1].text)) {
      let to = i + 2;
      if (word(tokens[to], t.sentence) && !tails.has(tokens[to - 1].text)) to++;
      if (!hasPlaceWord(words(tokens, i + 1, to))) {
        out.push(mention(text, tokens, i, to));
        last = to;
        i = to - 1;
      }
      continue;
    }
    if (!tails.has(t.text) || !word(tokens[i - 1], t.sentence)) continue;
    // German capitalizes nouns: one word before the tail ("des Großaktionärs Taunus Beteiligungen").
    let from = i - 1;
    // A capitalized first word of the sentence may be any word ("Secondo Collina Advisory"): left out.
    const two = from - 1 >= last && word(tokens[from - 1], t.sentence) && !sentenceInitial(tokens, from - 1);
    if (rules.code !== 'de' && two) from--;
    const first = tokens[from].text;
    if (from < last || hasPlaceWord(words(tokens, from, i)) || ORDINARY_FIRST_WORDS.has(first) || ORDINARY.has(first))
      continue;
    out.push(mention(text, tokens, from, i + 1));
    last = i + 1;
  }
  return out;
}
