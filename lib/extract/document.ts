// The article as one document: its text, the tokenizer's sentences and the mentions, each with a
// stable id (`${type}@${start}`) so that other layers (reading, tooltip, messages) refer to a mention
// by id instead of by array index.
import type { Mention } from './types';
import { sentenceSpans, type SentenceSpan, type Token } from './tokens';
import { firstIndex } from '../util/sorted';

type Sentence = SentenceSpan;
export type DocMention = Mention & { id: string; sentence: number };
export interface ArticleDoc {
  text: string;
  lang?: string;
  sentences: Sentence[];
  mentions: DocMention[];
  /** The tokenizer's tokens of `text` (the ones the sentences come from), so that no reader tokenizes
   *  the text again; not enumerable, so a document printed as JSON stays small. */
  readonly tokens?: Token[];
}

export function mentionId(m: Mention): string {
  return `${m.type}@${m.start}`;
}

function sentenceIn(sentences: Sentence[], offset: number): Sentence | undefined {
  const s = sentences[firstIndex(sentences.length, (i) => sentences[i].end > offset)];
  return s && offset >= s.start ? s : undefined;
}

/** Builds the document from text, its mentions and the extractor's tokens (the one sentence splitter). */
export function buildDocument(text: string, mentions: Mention[], tokens: Token[], lang?: string): ArticleDoc {
  const sentences = sentenceSpans(tokens);
  const docMentions = mentions.map((m) => ({
    ...m,
    id: mentionId(m),
    sentence: sentenceIn(sentences, m.start)?.index ?? nearestBefore(sentences, m.start),
  }));
  const doc: ArticleDoc =
    lang === undefined ? { text, sentences, mentions: docMentions } : { text, lang, sentences, mentions: docMentions };
  return Object.defineProperty(doc, 'tokens', { value: tokens, enumerable: false });
}

function nearestBefore(sentences: Sentence[], offset: number): number {
  let index = 0;
  for (const s of sentences) if (s.start <= offset) index = s.index;
  return index;
}
