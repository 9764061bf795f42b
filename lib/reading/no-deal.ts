// Clauses that name a deal cue but report no deal (DEALS.md "Not deals"): debt, cumulative totals,
// forecasts, and drafts that lack the party their kind cannot do without.
import type { CueClass } from './cues';
import type { DealKind, PartyRole } from './types';

/** Cues that debt also takes ("secured a loan", "raised $400m in notes", "a credit agreement"). */
const DEBT_PRONE = new Set<CueClass>(['win', 'round', 'receive', 'agree']);

/** Debt is no deal (DEALS.md): "secured a $1.8bn credit facility", "raised $400m in convertible notes". */
export function debtClause(cls: CueClass, words: string[]): boolean {
  return (
    DEBT_PRONE.has(cls) &&
    words.some(
      (w, k) =>
        /^(loan|loans|bonds|debt)$/.test(w) ||
        (w === 'facility' && words[k - 1] === 'credit') ||
        (w === 'notes' && /^(convertible|senior|secured)$/.test(words[k - 1] ?? '')),
    )
  );
}

/** "has put $300m into Foo since 2019": a cumulative total, not a deal (DEALS.md). */
/** "Since its founding, Foo has now raised $610m": the whole clause, across adverbs after "has". */
export function cumulative(words: string[], at: number): boolean {
  let k = at - 1;
  while (/^(now|already|so|far|also|together)$/.test(words[k] ?? '')) k--;
  const perfect = words[k] === 'has' || words[k] === 'have';
  return (
    perfect && (words.includes('since') || words.includes('total') || (words.includes('so') && words.includes('far')))
  );
}

/** Forecasts and estimates are not deals (DEALS.md): a clause that only predicts. */
const FORECAST = new Set(['thinks', 'estimates', 'projects', 'predicts', 'forecasts', 'analysts', 'expects', 'expect']);

/** A company's own guidance ("expects to spend") is a capex plan; analysts' estimates of it are not. */
/** Only a forecast word before the cue governs it: "Foo raised $5m, and it expects to grow" still reports a round. */
export function forecast(cls: CueClass, words: string[], at: number): boolean {
  const before = words.slice(0, at);
  if (cls === 'capex')
    return before.some((w, k) => /^analysts?$/.test(w) && !/^(told|to|with)$/.test(words[k - 1] ?? ''));
  return before.some((w) => FORECAST.has(w));
}

/** Licensing fees and talent hires are no deal (DEALS.md): "pay Foo $12m a year to license its software". */
const LICENSING = new Set('license licence licensing licenses licences licensed hired hires hire hiring'.split(' '));

export function licensingOrHiring(words: string[]): boolean {
  return words.some((w) => LICENSING.has(w));
}

/** An investment needs its investor and an acquisition its target: without them it says nothing. */
export function principalsComplete(kind: DealKind, parties: { role: PartyRole }[]): boolean {
  const has = (r: PartyRole) => parties.some((p) => p.role === r);
  // Backers without an investee may still join a round the index read just before.
  if (kind === 'investment') return has('investor');
  // A stake in a plant is bought from its owner: acquirer and seller, no target (DEALS.md).
  if (kind === 'acquisition') return has('acquirer') && (has('target') || has('seller'));
  if (kind === 'funding-round') return has('investee');
  return true;
}
