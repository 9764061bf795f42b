// A hand-written, single-pass tokenizer. Every character is looked at once, so the cost is linear
// in the input however hostile it is (no regular expressions, no backtracking).

type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to (0-based). */
  sentence: number;
}

const LETTER = /\p{L}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text[i]);
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11 || c === 0x2009 || c === 0x202f
  );
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'No',
  'vs',
  'Jr',
  'Sr',
  'est',
  'approx',
  'Rs',
  'S',
  'U',
  'N',
  'V',
  'A',
  'Bros',
  'Pty',
  'Pte',
  'Bhd',
  'e',
  'g',
  'i',
]);

/** Currency codes that news glues to an amount ("USD3bn"); no accelerator name starts with one. */
const GLUED_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'INR',
  'KRW',
  'CHF',
  'SAR',
  'AED',
  'CAD',
  'AUD',
  'SGD',
  'HKD',
  'TWD',
  'BRL',
  'SEK',
  'NOK',
  'DKK',
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let pendingBreak = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      // Digits with internal separators: "1,234,567.89". A separator must be followed by a digit.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i)) {
      kind = 'word';
      i++;
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text, i))) {
        // "USD3bn", "EUR500m": a currency code glued to its amount is two tokens ("H100" stays one).
        if (isDigit(text.charCodeAt(i)) && i - start === 3 && GLUED_CODES.has(text.slice(start, i))) break;
        i++;
      }
    } else {
      kind = 'punct';
      i++;
    }
    const tokenText = text.slice(start, i);
    if (pendingBreak && tokens.length > 0) sentence++;
    pendingBreak = false;
    tokens.push({ kind, text: tokenText, start, end: i, sentence });
    if (kind === 'punct' && (tokenText === '.' || tokenText === '!' || tokenText === '?')) {
      const prev = tokens[tokens.length - 2];
      const abbreviation = tokenText === '.' && prev && prev.end === start && ABBREVIATIONS.has(prev.text);
      if (!abbreviation && (i >= n || isSpace(text.charCodeAt(i)))) pendingBreak = true;
    }
  }
  return tokens;
}

/** True when nothing (not even a space) separates token a from token b. */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

/** True when token i is the first token of its sentence (ignoring opening quotes, dashes, bullets). */
export function sentenceInitial(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j].sentence !== tokens[i].sentence) return true;
    if (tokens[j].kind !== 'punct' || !'"“‘\'-–—*•|('.includes(tokens[j].text)) return false;
  }
  return true;
}

/** A sentence as offsets into the text: [start, end) from its first token to its last. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/** The sentences the tokenizer found (its `sentence` indexes), as spans: the one splitter of the project. */
export function sentenceSpans(tokens: Token[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const t of tokens) {
    const last = spans[spans.length - 1];
    if (last && last.index === t.sentence) last.end = t.end;
    else spans.push({ index: t.sentence, start: t.start, end: t.end });
  }
  return spans;
}

const MAY_CHANGE_CASE = /[A-Z\u0080-\uffff]/;

/** `text.toLowerCase()` without a copy where nothing would change: a run of 200,000 digits is one
 *  token, and lowering it at every reader's look allocated a fresh large string each time (the
 *  extractor's cost turned super-linear on long digit runs). */
export function lowerText(text: string): string;
export function lowerText(text: string | undefined): string | undefined;
export function lowerText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text.length > 32 && !MAY_CHANGE_CASE.test(text) ? text : text.toLowerCase();
}
