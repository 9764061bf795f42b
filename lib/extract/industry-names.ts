// Invented-sounding names built as "<Word> <industry word>": "Vantor AI", "Borealis Compute", "Tessaly
// Cloud", "Marlowe Power", "Quillon Data". The industry word is an ordinary word too ("generative AI",
// "Blackwell AI servers", "Texas Power grid"), so the rule is narrow: one or two name words, the first a
// plain capitalized word that is no descriptor, no place and no known company, and no product noun after.
import type { Token } from './tokens';
import { isCapitalized } from './tokens';
import { PLACES } from './places';
import { canonicalOf, nameWord, type FoundName } from './name-words';

/** Industry words that end many start-up names. */
const INDUSTRY_WORDS = new Set(
  (
    'AI Compute Cloud Power Data Grid Systems Quantum Fusion Digital Silicon Photonics Hosting Mining Renewables ' +
    'Utilities Storage Fiber Cooling Nuclear Solar Analytics Software Intelligence Interconnect Datacenter'
  ).split(' '),
);

/** Capitalized words that describe a technology rather than name a firm: "Generative AI", "Sovereign Cloud". */
const DESCRIPTORS = new Set(
  (
    'Generative Sovereign Physical Agentic Enterprise Open Big Edge Green Clean Responsible Frontier Conversational ' +
    'Applied Artificial General Global Public Private Hybrid Multi Smart Renewable Nuclear Solar Wind Federal ' +
    'National Regional Local Distributed Accelerated Trusted Secure Industrial Quantum Cloud Power Data Grid ' +
    'Compute Systems Fusion Next New Modern Embodied Vertical Narrow Strong Safe Superintelligent Consumer Gen'
  ).split(' '),
);

/** Lower-case words after the name that make it a modifier: "Blackwell AI servers", "the Foo Cloud region". */
const PRODUCT_NOUNS = new Set(
  (
    'chip chips server servers accelerator accelerators capacity cluster clusters campus campuses infrastructure ' +
    'model models platform platforms workloads workload factory factories supercomputer supercomputers region ' +
    'regions instances instance market markets plant plants station stations line lines software stack boom ' +
    'spending demand sector industry act program programme initiative strategy plan policy race agents agent ' +
    'assistant features feature product products team teams unit lab'
  ).split(' '),
);

/** Names ending in an industry word, in token order. */
export function findIndustryNames(tokens: Token[], known: ReadonlySet<string>): FoundName[] {
  const found: FoundName[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!INDUSTRY_WORDS.has(tokens[i].text)) continue;
    let from = i;
    while (from > i - 2 && from > 0 && plainName(tokens[from - 1]) && tokens[from - 1].sentence === tokens[i].sentence)
      from--;
    if (from === i) continue;
    const words = tokens.slice(from, i).map((t) => t.text);
    if (DESCRIPTORS.has(words[0]) || words.some((w) => known.has(w) || PLACES.has(w))) continue;
    // "its Shakti Cloud", "Foo's Bar Cloud": a product of its owner
    const before = tokens[from - 1]?.text ?? '';
    if (/^(its|their|our|his|her)$/i.test(before) || (before === 's' && tokens[from - 2]?.text.match(/^['’]$/)))
      continue;
    // a name word glued to something before it is part of a longer token run ("Arm-based")
    if (from > 0 && tokens[from - 1].end === tokens[from].start) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === tokens[i].sentence && PRODUCT_NOUNS.has(next.text)) continue;
    // "Vantor AI Labs", "the Defense Intelligence Agency": the name runs on, and is no start-up's
    const title = /^(CEO|CFO|CTO|COO)$/.test(next?.text ?? '');
    if (next && next.kind === 'word' && isCapitalized(next.text) && !title && next.sentence === tokens[i].sentence)
      continue;
    found.push({ from, to: i + 1, canonical: canonicalOf(tokens, from, i + 1) });
  }
  return found;
}

/** A plain capitalized word ("Vantor", "Ostrava"): no acronym, digit or stop word. */
function plainName(t: Token): boolean {
  return t.kind === 'word' && /^[A-Z][a-z]{2,}$/.test(t.text) && nameWord(t);
}
