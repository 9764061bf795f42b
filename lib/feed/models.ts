// Accelerator model keys. Deals name their accelerators in free text ("Nvidia GB200/GB300
// ('hundreds of thousands')"); the feed keeps that text for display and adds `gpus.modelKeys`, the
// short model names found in it, so the cache can relate a deal to a page's "H100" or to the
// reference table ("H100 SXM 80GB" → H100). Pure; shared by the feed builder and any consumer.

/** Ordered: specific part numbers before the families that contain them. */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/\b(GB|B|H|A|L)(\d{2,3})\b/g, (m) => m[1] + m[2]], // GB300, B200, H100, H20, A100, L40
  [/\bMI(\d{3})([XA]?)\b/gi, (m) => 'MI' + m[1] + m[2].toUpperCase()],
  [/\bVera Rubin\b|\bRubin\b/g, () => 'Rubin'],
  [/\bTrainium\s?(\d)\b/gi, (m) => 'Trainium' + m[1]],
  [/\bTrainium\b(?!\s?\d)/gi, () => 'Trainium'],
  [/\bIronwood\b/gi, () => 'TPU Ironwood'],
  [/\bTPUs?\b/g, () => 'TPU'],
  [/\bGaudi\s?(\d)\b/gi, (m) => 'Gaudi' + m[1]],
  [/\bwafer-scale\b|\bWSE-?\d?\b/gi, () => 'Cerebras WSE'],
];

/** Families named without a specific part: kept only when no part of that family was named. */
const FAMILIES: [RegExp, string, RegExp][] = [
  [/\bBlackwell\b/, 'Blackwell', /^G?B\d{3}$/],
  [/\bHopper\b/, 'Hopper', /^H\d{2,3}$/],
];

/** Short model keys named in a free-text accelerator description, in order of appearance. */
export function modelKeys(text: string | null | undefined): string[] {
  if (!text) return [];
  const found: { at: number; key: string }[] = [];
  for (const [re, key] of PATTERNS) {
    for (const m of text.matchAll(re)) found.push({ at: m.index ?? 0, key: key(m) });
  }
  const keys = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.key))];
  for (const [re, family, member] of FAMILIES) {
    if (re.test(text) && !keys.some((k) => member.test(k))) keys.push(family);
  }
  return keys;
}
