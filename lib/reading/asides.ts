// Appositives: ", a Dutch provider of rented GPU capacity," after a company describes it. Their words
// are no deal cue ("rented") and their companies no party ("founded by former Foo researchers"); the
// clause reads on past them. Only an aside opened by an article right after a company name counts, and
// not one after ", together with Foo," (that comma closes a parenthetical). An aside that reports a deal
// of its own (", a start-up that raised $500m,") is read as a clause about the company it describes.
import type { DocMention } from '../extract/document';
import type { Token } from '../extract/tokens';

/** Longest aside read as one: past it, the commas more likely join clauses than set off a description. */
const MAX_ASIDE = 24;

const ATTRIBUTION = new Set(['said', 'says', 'told', 'reported', 'announced', 'confirmed', 'wrote']);

/** Token ranges [from, to) of the asides in a clause (from = the comma, to = the closing comma or the end). */
export function asidesOf(tokens: Token[], mentions: { m: DocMention; at: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const { m } of mentions) {
    if (m.type !== 'company') continue;
    const comma = tokens.findIndex((t) => t.start >= m.end);
    if (comma < 0 || tokens[comma].text !== ',' || !/^(a|an|the)$/i.test(tokens[comma + 1]?.text ?? '')) continue;
    const first = tokens.findIndex((t) => t.start >= m.start);
    if (tokens.slice(Math.max(0, first - 4), first).some((t) => t.text === ',')) continue;
    if (out.some(([from, to]) => comma >= from && comma < to)) continue;
    let end = comma + 1;
    while (end < tokens.length && tokens[end].text !== ',' && end - comma <= MAX_ASIDE) end++;
    // ", the developer said on Monday": an attribution, not a description.
    if (end - comma > MAX_ASIDE || tokens.slice(comma, end).some((t) => ATTRIBUTION.has(t.text))) continue;
    out.push([comma, end]);
  }
  return out;
}

export function inAside(asides: [number, number][], i: number): boolean {
  return asides.some(([from, to]) => i > from && i < to);
}
