// CJK runs without spaces split into one token per character, runs of Latin letters (with the digits
// after them: "H200") and runs of digits, so numerals, suffixes and names can be read character by character.
import type { Token } from '../tokens';
import { isCjk } from './detect';

const SENTENCE_ENDS = new Set(['。', '！', '？']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Word tokens holding CJK characters, split into one token per character and runs of Latin or digits. */
export function splitCjk(text: string, raw: Token[]): Token[] {
  const out: Token[] = [];
  let bump = 0; // sentences ended by "。", which the tokenizer does not see
  for (const t of raw) {
    const sentence = t.sentence + bump;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) {
      out.push({ ...t, sentence });
      bump++;
      continue;
    }
    let hasCjk = false;
    for (let i = t.start; i < t.end && !hasCjk; i++) hasCjk = isCjk(text.charCodeAt(i));
    if (t.kind !== 'word' || !hasCjk) {
      push(out, { ...t, sentence });
      continue;
    }
    let i = t.start;
    while (i < t.end) {
      const c = text.charCodeAt(i);
      let j = i + 1;
      let kind: Token['kind'] = 'word';
      if (isDigit(c)) {
        kind = 'num';
        while (
          j < t.end &&
          (isDigit(text.charCodeAt(j)) || ((text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j + 1))))
        )
          j++;
      } else if (!isCjk(c)) {
        // "H200を": a Latin run keeps the digits after its letters (a model name).
        const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
        while (j < t.end && !isCjk(text.charCodeAt(j)) && (letter || !isDigit(text.charCodeAt(j)))) j++;
      }
      push(out, { kind, text: text.slice(i, j), start: i, end: j, sentence });
      i = j;
    }
  }
  return out;
}

/** Pushes a token, joining "102" "." "4" back into one number (the tokenizer cut it at the CJK run). */
function push(out: Token[], t: Token): void {
  const sep = out[out.length - 1],
    num = out[out.length - 2];
  if (
    t.kind === 'num' &&
    num?.kind === 'num' &&
    (sep.text === '.' || sep.text === ',') &&
    num.end === sep.start &&
    sep.end === t.start
  ) {
    out.splice(out.length - 2, 2, { ...num, text: num.text + sep.text + t.text, end: t.end });
  } else out.push(t);
}
