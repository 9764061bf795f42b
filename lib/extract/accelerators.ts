// Accelerator names and vendors as they appear in news text ("H100s", "Trainium 2", "MI355X",
// "Blackwell", "TPUs"), normalized to a model key and the vendor name the Mention type uses.
import type { Token } from './tokens';
import { touching } from './tokens';
import { wordTable } from '../util/word-table';

interface ModelRead {
  model: string;
  vendor: string | null;
  to: number;
}

const NVIDIA_PART = /^(GB|GH|H|B|A|L)(\d{2,3})([A-Z]?)(s?)$/;
const AMD_PART = /^MI(\d{3})([XA]?)(s?)$/;
const TPU = /^TPU(v\d+[a-z]*)?(s?)$/;

/** Single-word families and chips: name → [model, vendor]. Vendors are only the four the labels use
 *  (NVIDIA, AMD, Google, Amazon); Intel's, Huawei's or Microsoft's own chips carry no vendor. */
const FAMILIES = wordTable<[string, string | null]>({
  Blackwell: ['Blackwell', 'NVIDIA'],
  Hopper: ['Hopper', 'NVIDIA'],
  Rubin: ['Rubin', 'NVIDIA'],
  Ampere: ['Ampere', 'NVIDIA'],
  Trainium: ['Trainium', 'Amazon'],
  Trainium2: ['Trainium2', 'Amazon'],
  Trainium3: ['Trainium3', 'Amazon'],
  Inferentia: ['Inferentia', 'Amazon'],
  Inferentia2: ['Inferentia2', 'Amazon'],
  Gaudi: ['Gaudi', null],
  Gaudi2: ['Gaudi2', null],
  Gaudi3: ['Gaudi3', null],
  Ironwood: ['TPU', 'Google'],
  Trillium: ['TPU', 'Google'],
  Instinct: ['Instinct', 'AMD'],
  Ascend: ['Ascend', null],
  Maia: ['Maia', null],
  MTIA: ['MTIA', null],
  LPU: ['LPU', null],
  LPUs: ['LPU', null],
  Kunlun: ['Kunlun', null],
});
/** Families written with a part number or generation after them, kept in the model as written:
 *  "Gaudi 3", "Ascend 910C", "Maia 100", "Kunlun P800", "MTIA v2", "Trainium 2". */
const VERSIONED = new Set(['Trainium', 'Gaudi', 'Inferentia', 'Ascend', 'Maia', 'Kunlun', 'MTIA']);
/** NVIDIA families with a tier word: "Blackwell Ultra", "Rubin Ultra". */
const TIERS = new Set(['Ultra']);

/** Vendor names (and brands) that may precede a count's noun: "Nvidia GPUs", "AMD's MI355X".
 *  Intel and Huawei are read (so "Intel's Gaudi chips" stays one figure) but give no vendor. */
const VENDORS: Record<string, string | null> = {
  Nvidia: 'NVIDIA',
  NVIDIA: 'NVIDIA',
  nVidia: 'NVIDIA',
  AMD: 'AMD',
  Google: 'Google',
  Amazon: 'Amazon',
  AWS: 'Amazon',
  Intel: null,
  Huawei: null,
};

/** Company canonical names that are accelerator vendors (for "its GPUs"). */
export const VENDOR_OF_COMPANY: Record<string, string> = {
  Nvidia: 'NVIDIA',
  AMD: 'AMD',
  Google: 'Google',
  Amazon: 'Amazon',
};

function plural(s: string): boolean {
  return s === 's';
}

/**
 * A part number or generation right after a family name (one space): "3", "100", "910C" (digits
 * with a glued letter), "P800", "v2". Returns the token index after it, or `i` when there is none.
 */
function versionEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.start - tokens[i - 1].end !== 1) return i;
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.text)) {
    const glued = tokens[i + 1];
    if (glued && touching(t, glued) && glued.kind === 'word' && /^[A-Z]$/.test(glued.text)) return i + 2;
    // "2,000 Gaudi 3 accelerators" but not "Gaudi 3,000": a version is not followed by digits.
    return i + 1;
  }
  if (t.kind === 'word' && /^(?:[A-Z]\d{2,4}[A-Z]?|v\d+[a-z]*)$/.test(t.text)) return i + 1;
  return i;
}

function spanText(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from && !touching(tokens[k - 1], tokens[k]) ? ' ' : '') + tokens[k].text;
  return s;
}

/** An accelerator model at token i ("H100s", "GB300", "MI300X", "TPU v5p", "Gaudi 3"). */
export function readModel(tokens: Token[], i: number): ModelRead | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let m = NVIDIA_PART.exec(t.text);
  if (m) {
    if (m[1] === 'L' && m[3] === '' && !plural(m[4])) return { model: 'L' + m[2], vendor: 'NVIDIA', to: i + 1 };
    return { model: m[1] + m[2] + m[3], vendor: 'NVIDIA', to: i + 1 };
  }
  m = AMD_PART.exec(t.text);
  if (m) return { model: 'MI' + m[1] + m[2], vendor: 'AMD', to: i + 1 };
  m = TPU.exec(t.text);
  if (m) {
    // "TPU v5p": the generation, glued or a separate word, is part of the model as written.
    const next = tokens[i + 1];
    const versioned = next && /^v\d+[a-z]*$/.test(next.text) && next.start - t.end === 1;
    if (versioned) return { model: 'TPU ' + next.text, vendor: 'Google', to: i + 2 };
    return { model: m[1] ? 'TPU' + m[1] : 'TPU', vendor: 'Google', to: i + 1 };
  }
  if (t.text === 'Vera' && tokens[i + 1]?.text === 'Rubin') return { model: 'Rubin', vendor: 'NVIDIA', to: i + 2 };
  // "Grace Blackwell", "Grace Hopper": the CPU name in front of the GPU family.
  if (t.text === 'Grace' && (tokens[i + 1]?.text === 'Blackwell' || tokens[i + 1]?.text === 'Hopper')) {
    return { model: tokens[i + 1].text, vendor: 'NVIDIA', to: i + 2 };
  }
  // "Instinct MI300X": the part number is the model.
  if (t.text === 'Instinct' && tokens[i + 1] && AMD_PART.test(tokens[i + 1].text)) return readModel(tokens, i + 1);
  const family = FAMILIES.get(t.text) ?? FAMILIES.get(t.text.replace(/s$/, ''));
  if (family) {
    if (VERSIONED.has(t.text)) {
      const to = versionEnd(tokens, i + 1);
      if (to > i + 1) return { model: t.text + ' ' + spanText(tokens, i + 1, to), vendor: family[1], to };
    }
    if (TIERS.has(tokens[i + 1]?.text ?? '') && family[1] === 'NVIDIA')
      return { model: family[0] + ' ' + tokens[i + 1].text, vendor: family[1], to: i + 2 };
    return { model: family[0], vendor: family[1], to: i + 1 };
  }
  return null;
}

/** A vendor name at token i, with an optional possessive or brackets: "Nvidia's", "[Nvidia]". */
export function readVendor(tokens: Token[], i: number): { vendor: string | null; to: number } | null {
  let j = i;
  const bracket = tokens[j]?.text === '[' || tokens[j]?.text === '(';
  if (bracket) j++;
  const name = tokens[j]?.text ?? '';
  if (!Object.prototype.hasOwnProperty.call(VENDORS, name)) return null;
  const vendor = VENDORS[name];
  j++;
  if (bracket) {
    if (tokens[j]?.text !== ']' && tokens[j]?.text !== ')') return null;
    j++;
  }
  if (
    (tokens[j]?.text === "'" || tokens[j]?.text === '’') &&
    tokens[j + 1]?.text === 's' &&
    touching(tokens[j - 1], tokens[j])
  )
    j += 2;
  // "Nvidia-made", "Nvidia-designed"
  // ("Nvidia-Chips": the hyphen only, the noun after it is read as the noun)
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j]) && tokens[j + 1]?.kind === 'word')
    j += /^(?:chips?|gpus?|accelerators?)$/i.test(tokens[j + 1].text) ? 1 : 2;
  return { vendor, to: j };
}
