// Which money mention is a deal's value: not a valuation, share price, revenue, later ceiling,
// cumulative total, debt or one backer's share (DEALS.md "Money").
import type { DocMention } from '../extract/document';
import type { Token } from '../extract/tokens';
import type { MoneyMention } from '../extract/types';
import type { Clause } from './clauses';

const BEFORE_NOT_VALUE = new Set(
  (
    'valuation valued values valuing value revenue revenues sales profit income earnings backlog orders ' +
    'total since past debt loan loans credit bonds ' +
    'each closing shares trading estimates projects expects'
  ).split(' '),
);
const SPENDING = new Set('expenditure expenditures capex spending spend budget'.split(' '));
const GUIDANCE = new Set('expects projects estimates'.split(' '));
const AFTER_NOT_VALUE = new Set('each revenue valuation orders debt loan'.split(' '));

const DEAL_NOUNS = new Set('deal contract agreement transaction purchase order lease takeover acquisition'.split(' '));

function dealValued(tokens: Token[], valued: number): boolean {
  for (let k = valued - 1; k >= Math.max(0, valued - 6); k--)
    if (DEAL_NOUNS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** True when the money mention whose first token is tokens[at] (last token `last`) is not a deal value. */
function notDealValue(tokens: Token[], at: number, last: number): boolean {
  let spending = false;
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = tokens[k].text.toLowerCase();
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].text === '(') break;
    // "expects capital expenditures of $125bn": guidance on one's own spending is a capex value.
    if (SPENDING.has(w)) spending = true;
    if (spending && GUIDANCE.has(w)) continue;
    // "a deal the start-up valued at $1bn", "the deal, which the people valued at": the deal's value, no valuation.
    if (w === 'valued' && dealValued(tokens, k)) continue;
    if (BEFORE_NOT_VALUE.has(w)) {
      // "put the value at": a media estimate of the price is the value.
      if (w === 'value' && tokens[k - 1]?.text.toLowerCase() === 'the') continue;
      return true;
    }
    if (w === 'to' && tokens[k - 1]?.text.toLowerCase() === 'up' && tokens[k - 2]?.text.toLowerCase() === 'value')
      return true;
  }
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    const w = tokens[k].text.toLowerCase();
    // "a $5 billion valuation", "$6 each": the word right after the amount (or after "in").
    if (AFTER_NOT_VALUE.has(w) && (k === last + 1 || w === 'each')) return true;
    if ((w === 'per' || w === 'a') && tokens[k + 1]?.text.toLowerCase() === 'share') return true;
    if (w === 'in' && /^(annual|revenue|sales)$/.test(tokens[k + 1]?.text.toLowerCase() ?? '')) return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') break;
  }
  return false;
}

const CEILING = new Set(['reach', 'rise', 'rising', 'grow', 'growing', 'climb', 'climbing']);

/** "could reach $17bn", "rising to $5bn": a later ceiling, the value only when nothing else is given. */
function laterCeiling(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
    if (CEILING.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

type Placement = { m: DocMention; at: number };

/** The deal's value among a clause's figures: the first firm one `preferred` accepts, else the first firm one, else a
 *  ceiling. */
export function pickMoney(
  clause: Clause,
  figures: Placement[],
  preferred: (x: Placement) => boolean,
): (DocMention & MoneyMention) | null {
  const values = figures.filter((x) => {
    if (x.m.type !== 'money' || (x.m as MoneyMention).vague || (x.m as MoneyMention).amount === undefined) return false;
    let last = x.at;
    while (last + 1 < clause.tokens.length && clause.tokens[last + 1].end <= x.m.end) last++;
    return !notDealValue(clause.tokens, x.at, last);
  });
  const firm = values.filter((x) => !laterCeiling(clause.tokens, x.at));
  const pick = firm.find(preferred) ?? firm[0] ?? values[0];
  return pick ? (pick.m as DocMention & MoneyMention) : null;
}
