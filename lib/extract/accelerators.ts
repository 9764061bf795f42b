// Accelerator names and vendors as they appear in news text ("H100s", "Trainium 2", "MI355X",
// "Blackwell", "TPUs"), normalized to a model key and the vendor name the Mention type uses.
import type { Token } from './tokens';
import { touching } from './tokens';

export interface ModelRead {
  model: string;
  vendor: string | null;
  to: number;
}

const NVIDIA_PART = /^(GB|GH|H|B|A|L)(\d{2,3})([A-Z]?)(s?)$/;
const AMD_PART = /^MI(\d{3})([XA]?)(s?)$/;
const TPU = /^TPU(v\d+[a-z]*)?(s?)$/;

/** Single-word families and chips: name → [model, vendor]. */
const FAMILIES: Record<string, [string, string | null]> = {
  Blackwell: ['Blackwell', 'NVIDIA'], Hopper: ['Hopper', 'NVIDIA'], Rubin: ['Rubin', 'NVIDIA'], Ampere: ['Ampere', 'NVIDIA'],
  Trainium: ['Trainium', 'Amazon'], Trainium2: ['Trainium2', 'Amazon'], Trainium3: ['Trainium3', 'Amazon'],
  Inferentia: ['Inferentia', 'Amazon'], Inferentia2: ['Inferentia2', 'Amazon'],
  Gaudi: ['Gaudi', 'Intel'], Gaudi2: ['Gaudi2', 'Intel'], Gaudi3: ['Gaudi3', 'Intel'],
  Ironwood: ['TPU', 'Google'], Trillium: ['TPU', 'Google'],
  Instinct: ['Instinct', 'AMD'], Ascend: ['Ascend', 'Huawei'], Maia: ['Maia', 'Microsoft'], MTIA: ['MTIA', 'Meta'],
  LPU: ['LPU', 'Groq'], LPUs: ['LPU', 'Groq'], Kunlun: ['Kunlun', 'Baidu'],
};
/** Families that take a version number as a separate word: "Trainium 2", "Gaudi 3". */
const VERSIONED = new Set(['Trainium', 'Gaudi', 'Inferentia']);

/** Vendor names (and brands) that may precede a count's noun: "Nvidia GPUs", "AMD's MI355X". */
export const VENDORS: Record<string, string> = {
  Nvidia: 'NVIDIA', NVIDIA: 'NVIDIA', nVidia: 'NVIDIA', AMD: 'AMD', Google: 'Google', Amazon: 'Amazon', AWS: 'Amazon',
  Intel: 'Intel', Huawei: 'Huawei',
};

/** Company canonical names that are accelerator vendors (for "its GPUs"). */
export const VENDOR_OF_COMPANY: Record<string, string> = {
  Nvidia: 'NVIDIA', AMD: 'AMD', Google: 'Google', Amazon: 'Amazon', Intel: 'Intel', Huawei: 'Huawei',
};

function plural(s: string): boolean {
  return s === 's';
}

/** An accelerator model at token i ("H100s", "GB300", "MI300X", "TPU v5p", "Trainium 2"). */
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
    // "TPU v5p": the version is a separate word.
    const next = tokens[i + 1];
    const versioned = next && /^v\d+[a-z]*$/.test(next.text) && next.start - t.end <= 1;
    return { model: 'TPU', vendor: 'Google', to: versioned ? i + 2 : i + 1 };
  }
  if (t.text === 'Vera' && tokens[i + 1]?.text === 'Rubin') return { model: 'Rubin', vendor: 'NVIDIA', to: i + 2 };
  // "Grace Blackwell", "Grace Hopper": the CPU name in front of the GPU family.
  if (t.text === 'Grace' && (tokens[i + 1]?.text === 'Blackwell' || tokens[i + 1]?.text === 'Hopper')) {
    return { model: tokens[i + 1].text, vendor: 'NVIDIA', to: i + 2 };
  }
  const family = FAMILIES[t.text] ?? FAMILIES[t.text.replace(/s$/, '')];
  if (family) {
    const next = tokens[i + 1];
    if (VERSIONED.has(t.text) && next?.kind === 'num' && /^\d$/.test(next.text) && next.start - t.end <= 1) {
      return { model: t.text + next.text, vendor: family[1], to: i + 2 };
    }
    return { model: family[0], vendor: family[1], to: i + 1 };
  }
  return null;
}

/** A vendor name at token i, with an optional possessive or brackets: "Nvidia's", "[Nvidia]". */
export function readVendor(tokens: Token[], i: number): { vendor: string; to: number } | null {
  let j = i;
  const bracket = tokens[j]?.text === '[' || tokens[j]?.text === '(';
  if (bracket) j++;
  const vendor = VENDORS[tokens[j]?.text ?? ''];
  if (!vendor) return null;
  j++;
  if (bracket) {
    if (tokens[j]?.text !== ']' && tokens[j]?.text !== ')') return null;
    j++;
  }
  if ((tokens[j]?.text === "'" || tokens[j]?.text === '’') && tokens[j + 1]?.text === 's' && touching(tokens[j - 1], tokens[j])) j += 2;
  // "Nvidia-made", "Nvidia-designed"
  if (tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j]) && tokens[j + 1]?.kind === 'word') j += 2;
  return { vendor, to: j };
}
