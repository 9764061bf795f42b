// Accelerator counts: "250,000+ Nvidia GPUs", "100k H100s", "23,000 of Nvidia's latest AI chips",
// "50,000-60,000 GB300s", "600,000 H100 equivalents", "hundreds of thousands of GPUs" (vague).
// Not servers, systems, boxes, racks or GPU-hours.
import type { GpuMention } from './types';
import type { Token } from './tokens';
import { lowerText, touching } from './tokens';
import { wordTable } from '../util/word-table';
import { readNumber, VAGUE_QUANTITIES } from './numbers';
import { readModel, readVendor } from './accelerators';

const NOUNS = new Set([
  'gpu',
  'gpus',
  'chip',
  'chips',
  'accelerator',
  'accelerators',
  'processor',
  'processors',
  'superchip',
  'superchips',
  'units',
  'cards',
  'graphics',
]);
const NOT_ACCELERATORS = new Set([
  'server',
  'servers',
  'system',
  'systems',
  'box',
  'boxes',
  'rack',
  'racks',
  'node',
  'nodes',
  'hour',
  'hours',
  'cluster',
  'clusters',
  'pods',
  'instances',
  'cpus',
  'cpu',
  'wafers',
  'shares',
]);
const ADJECTIVES = new Set([
  'its',
  'their',
  'the',
  'of',
  'latest',
  'advanced',
  'additional',
  'new',
  'more',
  'own',
  'custom',
  'powerful',
  'flagship',
  'leading',
  'coveted',
  'scarce',
  'older',
  'newer',
  'top',
  'high',
  'end',
  'ai',
  'data',
  'center',
  'centre',
  'next',
  'generation',
  'current',
  'cutting',
  'edge',
  'state',
  'art',
  'in',
  'house',
  'these',
  'those',
  'such',
  'same',
  'graphics',
  'processing',
  'specialized',
  'specialised',
  'dedicated',
  'proprietary',
  'homegrown',
]);
const AGE_OR_TERM = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'decade',
  'old',
  'percent',
  'fold',
]);
const SCALE_WORDS = wordTable({ k: 1e3, K: 1e3, thousand: 1e3, million: 1e6, M: 1e6, m: 1e6, mn: 1e6 });

interface GpuRead {
  mention: GpuMention;
  next: number;
  /** "its GPUs": the vendor is the company the sentence is about (resolved by the caller). */
  pronoun: boolean;
  /** "50,000 of the chips": the chips named just before (model and vendor filled in by the caller). */
  definite?: boolean;
}

interface Count {
  value: number;
  from: number;
  to: number;
  scale: number;
}

function readCount(tokens: Token[], i: number): Count | null {
  let n = readNumber(tokens, i, false);
  let article = false;
  if (!n) {
    // "a million GPUs", "half a million TPUs": an article counts only before a spelled scale.
    n = readNumber(tokens, i, true);
    if (!n || !/^(thousand|million)$/i.test(tokens[n.to]?.text ?? '')) return null;
    article = true;
  }
  let j = n.to;
  let value = n.value;
  let multiplier = 1;
  const scaleTok = tokens[j];
  const scale = scaleTok ? SCALE_WORDS.get(scaleTok.text) : undefined;
  if (
    scale &&
    (scaleTok.text.length > 1 ? scaleTok.start - tokens[j - 1].end <= 1 : touching(tokens[j - 1], scaleTok))
  ) {
    value *= scale;
    multiplier = scale;
    j++;
  }
  // "one chip" is no count worth a mark, "one million TPUs" is.
  if (!Number.isFinite(value) || value < 1 || (n.words && value < 2 && !article)) return null;
  return { value, from: i, to: j, scale: multiplier };
}

/** "by 2026 Nvidia chips will…": a year is no count. */
function looksLikeYear(tokens: Token[], c: Count): boolean {
  const t = tokens[c.from];
  return c.to === c.from + 1 && /^(19|20)\d\d$/.test(t.text);
}

/** GPU-hours, not GPUs: "hours" right before the count, or in the same table row ("| GPU Hours | 2.788M H800 |"). */
function hoursBefore(text: string, tokens: Token[], i: number): boolean {
  const start = tokens[i].start;
  const window = text.slice(Math.max(0, start - 60), start);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  if (/hours?\b[^A-Za-z]*$/i.test(line)) return true;
  return line.includes('|') && /hours?\b/i.test(line);
}

const GPU_LABEL = /\b(?:GPUs?|accelerators|chips)\b[^.\n:]{0,24}:\s*[~≈]?\s*$/i;

function gpuLabelBefore(text: string, start: number): boolean {
  return GPU_LABEL.test(text.slice(Math.max(0, start - 40), start));
}

/** "60,000 units": bare units count only when the sentence is about accelerators (bounded look-around). */
function acceleratorsNearby(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let k = Math.max(0, i - 30); k < Math.min(tokens.length, i + 30); k++) {
    if (tokens[k].sentence !== sentence) continue;
    const w = lowerText(tokens[k].text);
    if (w === 'gpus' || w === 'gpu' || w === 'accelerators' || w === 'nvidia' || w === 'amd' || readModel(tokens, k))
      return true;
  }
  return false;
}

export function readGpu(tokens: Token[], text: string, i: number): GpuRead | null {
  let count: Count | null = null;
  let countHigh: number | undefined;
  let j: number;
  let vague = false;
  let countEnd = i;
  if (VAGUE_QUANTITIES.has(lowerText(tokens[i].text)) && lowerText(tokens[i + 1]?.text) === 'of') {
    j = i;
    // At most three links ("hundreds of thousands of"): bounded, so chains cost linear time overall.
    for (
      let k = 0;
      k < 3 && VAGUE_QUANTITIES.has(lowerText(tokens[j]?.text) ?? '') && lowerText(tokens[j + 1]?.text) === 'of';
      k++
    )
      j += 2;
    vague = true;
  } else {
    count = readCount(tokens, i);
    if (!count || looksLikeYear(tokens, count) || tokens[i - 1]?.text === '$') return null;
    j = count.to;
    if (tokens[j]?.text === '+' && touching(tokens[j - 1], tokens[j])) j++;
    const sep = lowerText(tokens[j]?.text);
    const between = sep === 'and' && lowerText(tokens[i - 1]?.text) === 'between';
    if (sep === '-' || sep === '–' || sep === 'to' || between) {
      const high = readCount(tokens, j + 1);
      // "20-30k": the low end borrows the scale of the high end.
      if (high && count.scale === 1 && high.scale > 1 && count.value < high.value / high.scale)
        count = { ...count, value: count.value * high.scale };
      if (high && high.value > count.value) {
        countHigh = high.value;
        j = high.to;
      }
    }
    countEnd = j;
    // "a two-year-old GPU cloud", "a 10-year GPU lease": an age or a term, not a count.
    if (
      tokens[j]?.text === '-' &&
      touching(tokens[j - 1], tokens[j]) &&
      AGE_OR_TERM.has(lowerText(tokens[j + 1]?.text) ?? '')
    )
      return null;
    // "a 100,000-GPU cluster", "a 16-chip unit": the hyphenated adjective form.
    if (
      tokens[j]?.text === '-' &&
      touching(tokens[j - 1], tokens[j]) &&
      /^(gpus?|chips?|accelerators?)$/i.test(tokens[j + 1]?.text ?? '')
    ) {
      if (NOT_ACCELERATORS.has(lowerText(tokens[j + 2]?.text) ?? '') && lowerText(tokens[j + 2].text) !== 'cluster')
        return null;
      const mention: GpuMention = {
        type: 'gpu',
        text: text.slice(tokens[i].start, tokens[j + 1].end),
        start: tokens[i].start,
        end: tokens[j + 1].end,
        model: null,
        vendor: null,
        count: count.value,
      };
      // "a 30,000-chip cluster of its own Kunlun processors": the model named right after.
      if (tokens[j + 3]?.text === 'of') {
        for (let k = j + 4; k < j + 8 && tokens[k]?.sentence === tokens[i].sentence; k++) {
          const m = readModel(tokens, k);
          if (m) {
            mention.model = m.model;
            mention.vendor = m.vendor;
            break;
          }
          const v = readVendor(tokens, k);
          if (v) mention.vendor = v.vendor;
        }
      }
      return { mention, next: j + 2, pronoun: false };
    }
    if (lowerText(tokens[j]?.text) === 'of') j++;
  }
  let vendor: string | null = null;
  let model: string | null = null;
  let noun = false;
  let pronoun = false;
  let equivalent = false;
  let definite = false;
  let nounEnd = -1;
  const limit = j + 8;
  for (; j < limit && j < tokens.length;) {
    const t = tokens[j];
    if (t.sentence !== tokens[i].sentence) break;
    const v = readVendor(tokens, j);
    if (v && !model && !noun) {
      vendor = v.vendor;
      j = v.to;
      continue;
    }
    // "12 000 puces Nvidia GB300": a vendor and model named after the noun, read only together.
    const after: ReturnType<typeof readModel> = v && !model && j === nounEnd ? readModel(tokens, v.to) : null;
    if (after) {
      vendor = v!.vendor ?? after.vendor;
      model = after.model;
      j = after.to;
      continue;
    }
    const m = readModel(tokens, j);
    // "24.000 acceleratori Blackwell", "9,600 GPU H200": languages that name the model after the noun.
    if (m && !model && (!noun || j === nounEnd)) {
      model = m.model;
      vendor ??= m.vendor;
      j = m.to;
      continue;
    }
    const w = lowerText(t.text);
    if (/^equivalents?$/.test(w) && (model || noun)) {
      equivalent = true;
      j++;
      break;
    }
    if (t.text === '-' && (model || noun) && /^equivalents?$/i.test(tokens[j + 1]?.text ?? '')) {
      equivalent = true;
      j += 2;
      continue;
    }
    if (NOUNS.has(w) && !noun) {
      if (w === 'graphics') {
        if (lowerText(tokens[j + 1]?.text) !== 'processing' || !/^units?$/i.test(tokens[j + 2]?.text ?? '')) break;
        j += 2;
      }
      if (w === 'units' && !model && !vendor && !acceleratorsNearby(tokens, i)) return null;
      noun = true;
      nounEnd = ++j;
      continue;
    }
    if (NOT_ACCELERATORS.has(w) || (t.text === '-' && NOT_ACCELERATORS.has(lowerText(tokens[j + 1]?.text) ?? '')))
      return null;
    if (noun || model) break;
    if (w === 'its' || w === 'their') pronoun = true;
    if (w === 'the' || w === 'these' || w === 'those' || w === 'such') definite = true;
    if (t.kind === 'word' && (ADJECTIVES.has(w) || (tokens[j + 1]?.text === '-' && t.text === w))) {
      j++;
      continue;
    }
    if (t.text === '-' && tokens[j + 1]?.kind === 'word') {
      // "6.500 Nvidia-Chips": the noun after the hyphen is read as the noun.
      j += NOUNS.has(lowerText(tokens[j + 1].text)) ? 1 : 2;
      continue;
    } // "self-developed"
    break;
  }
  if (!model && !noun) {
    // "GPUs in service: 250k+": the noun sits in a label before the count on the same line.
    if (!count || !gpuLabelBefore(text, tokens[i].start)) return null;
    j = countEnd;
  }
  // "36 GB200 NVL72 systems": a product name between the model and "systems" still makes it systems.
  if (!noun && NOT_ACCELERATORS.has(lowerText(tokens[j + 1]?.text) ?? '') && tokens[j]?.kind === 'word') return null;
  if (hoursBefore(text, tokens, i)) return null;
  const lastToken = tokens[j - 1];
  const start = tokens[i].start;
  const mention: GpuMention = {
    type: 'gpu',
    text: text.slice(start, lastToken.end),
    start,
    end: lastToken.end,
    model,
    vendor,
  };
  if (count) mention.count = count.value;
  if (countHigh !== undefined) mention.countHigh = countHigh;
  if (vague) mention.vague = true;
  if (equivalent) mention.equivalent = true;
  return { mention, next: j, pronoun: pronoun && !vendor, definite: definite && !model && !vendor };
}

/** Words that may follow a bare count that carries on an accelerator figure: "and will pass 1 million
 *  by year-end", "…, 300,000 globally". Any other word names what is counted (employees, homes). */
const IMPLIED_FOLLOWERS = new Set([
  'by',
  'globally',
  'worldwide',
  'in',
  'this',
  'next',
  'at',
  'and',
  'or',
  'to',
  'across',
  'over',
  'within',
  'later',
  'soon',
  'before',
  'after',
  'more',
  'total',
  'overall',
  'today',
  'now',
  'already',
  'eventually',
]);

/** A bare count right after an accelerator figure takes its model: "500,000 Trainium2 chips now, and
 *  1 million by year-end". Only counts of a thousand or more (small bare numbers are rarely chips) and
 *  at most a hundred times the earlier count. */
export function readImpliedGpu(tokens: Token[], text: string, i: number, like: GpuMention): GpuRead | null {
  let count = readCount(tokens, i);
  if (!count || looksLikeYear(tokens, count) || tokens[i - 1]?.text === '$') return null;
  let j = count.to;
  // "8-10k more by 2027": a range, the low end borrowing the scale of the high end.
  let countHigh: number | undefined;
  if ((tokens[j]?.text === '-' || tokens[j]?.text === '–') && touching(tokens[j - 1], tokens[j])) {
    const high = readCount(tokens, j + 1);
    if (high && count.scale === 1 && high.scale > 1 && count.value < high.value / high.scale)
      count = { ...count, value: count.value * high.scale };
    if (high && high.value > count.value) {
      countHigh = high.value;
      j = high.to;
    }
  }
  // "…8 000 processeurs. La CDPQ injecte 400 millions.": a count far beyond the earlier one is no continuation.
  if (count.value < 1000 || (like.count !== undefined && count.value > like.count * 100)) return null;
  if (tokens[j]?.text === '+' && touching(tokens[j - 1], tokens[j])) j++;
  const next = tokens[j];
  if (next && next.kind !== 'punct' && !IMPLIED_FOLLOWERS.has(lowerText(next.text))) return null;
  if (next && next.kind === 'punct' && !/^[,.;:)]$/.test(next.text)) return null;
  if (hoursBefore(text, tokens, i)) return null;
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const mention: GpuMention = {
    type: 'gpu',
    text: text.slice(start, end),
    start,
    end,
    model: like.model,
    vendor: like.vendor,
    count: count.value,
  };
  if (countHigh !== undefined) mention.countHigh = countHigh;
  return { mention, next: j, pronoun: false };
}
