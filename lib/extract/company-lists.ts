// Lists of companies: in "backers Nvidia, Foo Global, Bar and Baz Ventures", names that sit in one
// comma/"and" list with at least two known companies are companies too ("Bar"). Linear: one pass.
import type { Token } from './tokens';
import { nameWord, type FoundName } from './unknown-companies';
import { PLACES } from './places';

const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'And',
  'Or',
  'But',
  'Its',
  'Their',
  'Both',
  'Other',
  'Others',
  'US',
  'UK',
  'EU',
  'CEO',
  'AI',
]);

interface Item {
  from: number;
  to: number;
  known: boolean;
}

/** `knownEnd[i]`: token index after the known company mention that starts at token i, if any. */
export function findListCompanies(tokens: Token[], knownEnd: Map<number, number>): FoundName[] {
  const found: FoundName[] = [];
  let i = 0;
  while (i < tokens.length) {
    const items: Item[] = [];
    let j = i;
    for (;;) {
      const item = readItem(tokens, j, knownEnd);
      if (!item) break;
      items.push(item);
      j = item.to;
      // separators: ",", ", and", "and", ", or", "or"
      let k = j;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k++;
      if (k === j || tokens[k]?.sentence !== tokens[j - 1].sentence) break;
      j = k;
    }
    const known = items.filter((it) => it.known).length;
    if (items.length >= 3 && known >= 2) {
      for (const it of items) {
        if (it.known) continue;
        let canonical = '';
        for (let k = it.from; k < it.to; k++)
          canonical += (k > it.from && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
        found.push({ from: it.from, to: it.to, canonical });
      }
    }
    i = items.length ? Math.max(j, i + 1) : i + 1;
  }
  return found;
}

function readItem(tokens: Token[], i: number, knownEnd: Map<number, number>): Item | null {
  const end = knownEnd.get(i);
  if (end !== undefined) return { from: i, to: end, known: true };
  let to = i;
  while (to < tokens.length && to - i < 3 && !knownEnd.has(to)) {
    const t = tokens[to];
    const nameLike =
      (t.kind === 'word' && nameWord(t) && !NOT_NAMES.has(t.text) && !PLACES.has(t.text)) || (to > i && t.text === '&');
    if (!nameLike || (to > i && t.sentence !== tokens[i].sentence)) break;
    to++;
  }
  if (to === i || tokens[to - 1].text === '&') return null;
  // An item must end at a separator or the end of the list, not run on into a sentence.
  const next = tokens[to];
  if (
    next &&
    next.text !== ',' &&
    next.text !== 'and' &&
    next.text !== 'or' &&
    next.text !== '.' &&
    next.text !== ';' &&
    next.text !== ')'
  ) {
    if (next.kind === 'word' && !/^(also|took|were|are|have|joined|participated|invested|put)$/.test(next.text))
      return null;
    if (next.kind !== 'word') return null;
  }
  return { from: i, to, known: false };
}
