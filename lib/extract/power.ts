// Power: electrical capacity in watts ("4.5 gigawatts", "750-megawatt", "a gigawatt", "1-2 GW").
// Energy (TWh, GWh) is not power: a unit followed by "h" or "-hours" is skipped.
import type { PowerMention } from './types';
import type { Token } from './tokens';
import { lowerText, touching } from './tokens';
import { readNumber, VAGUE_QUANTITIES } from './numbers';
import { wordTable } from '../util/word-table';

const UNITS = wordTable({
  W: 1,
  kW: 1e3,
  KW: 1e3,
  MW: 1e6,
  GW: 1e9,
  TW: 1e12,
  Mw: 1e6,
  Gw: 1e9,
  watt: 1,
  watts: 1,
  kilowatt: 1e3,
  kilowatts: 1e3,
  megawatt: 1e6,
  megawatts: 1e6,
  gigawatt: 1e9,
  gigawatts: 1e9,
  terawatt: 1e12,
  terawatts: 1e12,
});

function unitAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const u = UNITS.get(t.text) ?? UNITS.get(lowerText(t.text).length > 2 ? lowerText(t.text) : '');
  if (u === undefined) return undefined;
  // "GW-hours", "MW hours": energy, not capacity.
  const next = tokens[i + 1];
  const after = next?.text === '-' ? tokens[i + 2] : next;
  if (after && /^hours?$/i.test(after.text)) return undefined;
  // "gigawatt-scale", "megawatt-class": a size class, not a figure.
  if (next?.text === '-' && after && /^(scale|class|level|size|sized)$/i.test(after.text)) return undefined;
  return u;
}

interface Quantity {
  value: number;
  from: number;
  to: number;
}

/** number [-] unit, or number followed by "-" and another number (range low end). */
function readQuantity(tokens: Token[], i: number): Quantity | null {
  const n = readNumber(tokens, i, true);
  if (!n) return null;
  let j = n.to;
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j])) j++;
  const unit = unitAt(tokens, j);
  if (unit === undefined) return null;
  if (
    n.words &&
    n.value === 1 &&
    lowerText(tokens[i].text) !== 'one' &&
    lowerText(tokens[i].text) !== 'a' &&
    lowerText(tokens[i].text) !== 'an'
  )
    return null;
  // A letter unit must be close to its number ("5GW", "5 GW"), not across other text.
  if (tokens[j].start - tokens[j - 1].end > 1) return null;
  return { value: n.value * unit, from: i, to: j + 1 };
}

export function readPower(tokens: Token[], text: string, i: number): { mention: PowerMention; next: number } | null {
  const t = tokens[i];
  if (
    VAGUE_QUANTITIES.has(lowerText(t.text)) &&
    lowerText(tokens[i + 1]?.text) === 'of' &&
    unitAt(tokens, i + 2) !== undefined &&
    tokens[i + 2].text.length > 2
  ) {
    return { mention: make(text, tokens, i, i + 3, undefined, undefined, true), next: i + 3 };
  }
  const direct = readQuantity(tokens, i);
  if (direct) {
    // "500MW-1GW", "300 MW to 1 GW": both ends carry their own unit.
    const sep = lowerText(tokens[direct.to]?.text);
    if (sep === '-' || sep === '–' || sep === 'to') {
      const high = readQuantity(tokens, direct.to + 1);
      if (high && high.value > direct.value && tokens[direct.to + 1].kind === 'num') {
        return { mention: make(text, tokens, i, high.to, direct.value, high.value), next: high.to };
      }
    }
    // "2GW+", "1GW-plus": an attached plus stays in the span
    let to = direct.to;
    if (tokens[to]?.text === '+' && touching(tokens[to - 1], tokens[to])) to++;
    else if (tokens[to]?.text === '-' && tokens[to + 1]?.text === 'plus' && touching(tokens[to - 1], tokens[to]))
      to += 2;
    return { mention: make(text, tokens, i, to, direct.value), next: to };
  }
  // Ranges: "1-2 GW", "1 to 2 gigawatts", "between 1 and 2 GW" (the low end borrows the unit).
  const low = readNumber(tokens, i, false);
  if (!low) return null;
  const sep = lowerText(tokens[low.to]?.text);
  if (sep !== '-' && sep !== '–' && sep !== 'to' && sep !== 'and') return null;
  if (sep === 'and' && lowerText(tokens[i - 1]?.text) !== 'between') return null;
  const high = readQuantity(tokens, low.to + 1);
  if (!high) return null;
  const highNumber = readNumber(tokens, low.to + 1, true);
  if (!highNumber || highNumber.value === 0) return null;
  const unit = high.value / highNumber.value;
  // "3-1 GW", "in 2023 to 5 GW": a range's high end is never below its low end.
  if (low.value * unit > high.value) return null;
  return { mention: make(text, tokens, i, high.to, low.value * unit, high.value), next: high.to };
}

function make(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  watts?: number,
  wattsHigh?: number,
  vague = false,
): PowerMention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const m: PowerMention = { type: 'power', text: text.slice(start, end), start, end };
  if (watts !== undefined) m.watts = watts;
  if (wattsHigh !== undefined && wattsHigh !== watts) m.wattsHigh = wattsHigh;
  if (vague) m.vague = true;
  return m;
}
