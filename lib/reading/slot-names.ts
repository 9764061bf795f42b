// A company the dictionary does not know, found where a deal cue expects a party ("bought Infinera",
// "sold to Appen", "Disney is investing"): the same name-word tests as the extractor's deal roles.
import type { Token } from '../extract/tokens';
import { FIRST_NAMES } from '../extract/deal-roles';
import { canonicalOf, nameAfter, nameBefore, nameWord } from '../extract/name-words';
import { PLACES } from '../extract/places';
import type { Company, Placed } from './parties';

/** Words between a subject and its verb: "Foo is investing", "Foo has agreed to buy", "Foo and sold". */
const BETWEEN = new Set('is was were are has have had will would also and later been agreed to be'.split(' '));

const TRADE_ACRONYMS = new Set('AI GPU GPUs CPU CPUs TPU TPUs HBM IT ML LLM API US UK EU'.split(' '));

/** Short forms the passage defines: "Commonwealth Fusion Systems (CFS)" → CFS = Commonwealth Fusion Systems. */
export type Aliases = ReadonlyMap<string, string>;

function named(tokens: Token[], from: number, to: number, prep: string, aliases: Aliases): Placed | null {
  if (to <= from || PLACES.has(tokens[from].text)) return null;
  if (FIRST_NAMES.has(tokens[from].text) || tokens[from].kind === 'num') return null;
  // "rented H100s", "bought MI355X": a chip model, not a company
  if (/^[A-Z]{1,3}\d/.test(tokens[from].text)) return null;
  // "buy AI computing capacity": an acronym of the trade, not a company.
  if (TRADE_ACRONYMS.has(tokens[from].text)) return null;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const c = {
    type: 'company',
    text: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
    start,
    end,
    canonical: aliases.get(canonicalOf(tokens, from, to)) ?? canonicalOf(tokens, from, to),
    // Not a mention of the document: no id to rest on.
    id: '',
    sentence: tokens[from].sentence,
  } as Company;
  return { c, at: from, prep };
}

/** A name right after the cue (or after "to" / "in" following it). */
export function nameAfterCue(tokens: Token[], to: number, aliases: Aliases): Placed | null {
  const prep = /^(to|in|into|from)$/.test(tokens[to]?.text ?? '') ? tokens[to].text : '';
  const from = prep ? to + 1 : to;
  if (from === 0) return null;
  if (nameWord(tokens[from])) return named(tokens, from, nameAfter(tokens, from), prep, aliases);
  // "buying io, the hardware startup": a lower-case brand named by the description after it.
  if (tokens[from]?.kind === 'word' && described(tokens, from + 1)) return named(tokens, from, from + 1, prep, aliases);
  return null;
}

const DESCRIBED_AS = new Set(['startup', 'company', 'maker', 'developer', 'provider', 'firm', 'platform', 'designer']);

function described(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(the|a|an)$/.test(tokens[k + 1]?.text.toLowerCase() ?? '')) return false;
  for (let j = k + 2; j < k + 7 && j < tokens.length; j++)
    if (DESCRIBED_AS.has(tokens[j].text.toLowerCase())) return true;
  return false;
}

/** A name right before the cue, across auxiliaries ("Disney is investing"). */
export function nameBeforeCue(tokens: Token[], at: number, aliases: Aliases): Placed | null {
  let end = at;
  while (end > 0 && BETWEEN.has(tokens[end - 1].text.toLowerCase())) end--;
  if (end === at && at > 0 && !nameWord(tokens[at - 1])) return null;
  if (!nameWord(tokens[end - 1])) return null;
  const from = nameBefore(tokens, end);
  // A sentence-initial capital alone ("Separately") is no name.
  if (
    from === 0 &&
    end - from === 1 &&
    tokens[0].sentence === tokens[end - 1].sentence &&
    !/[A-Z].*[A-Z]/.test(tokens[0].text)
  )
    return null;
  return named(tokens, from, end, '', aliases);
}
