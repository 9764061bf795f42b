// Counters after a CJK number ("基", "块", "장") count chips only when the chips are named next to the
// count: after it ("3万块英伟达H20芯片", "6万基のGPU") or, when no other noun follows, just before it
// ("GPU「B300」を約6万4000基", "H200 GPU 약 6천 개"). A counter followed by another noun counts that noun
// ("1萬台伺服器", "50만 장 웨이퍼"). The model named in the group before the count is the count's model;
// two models, or a quoted name the reader does not know ("칩 'XYZ1'"), leave the count unmarked.
import type { Token } from '../tokens';
import type { CjkRules } from './types';
import { readModel, readVendor } from '../accelerators';
import { isCjk } from './detect';

/** The longest lexicon word (chip noun, vendor) the text spells from `at`. */
export function wordAt(text: string, at: number, rules: CjkRules): string | undefined {
  let best: string | undefined;
  for (const w of Object.keys(rules.words)) if (w.length > (best?.length ?? 0) && text.startsWith(w, at)) best = w;
  return best;
}

/** The longest lexicon word of several characters that ends at `end`. */
function wordEndingAt(text: string, end: number, rules: CjkRules): string | undefined {
  let best: string | undefined;
  for (const w of Object.keys(rules.words))
    if (w.length > 1 && w.length > (best?.length ?? 0) && text.endsWith(w, end)) best = w;
  return best;
}

const QUOTES = new Set(['「', '」', '『', '』', '"', '“', '”', "'", '‘', '’', '(', ')', '（', '）']);

type Role = 'chip' | 'vendor' | 'model' | 'unknown-name' | 'quote' | 'skip' | 'other';

/** What token k is for the count: a chip noun, a vendor, a model, a quoted unknown name, a skippable particle. */
function roleOf(text: string, tokens: Token[], k: number, rules: CjkRules): Role {
  const t = tokens[k];
  if (QUOTES.has(t.text)) return 'quote';
  if (rules.skips.includes(t.text)) return 'skip';
  const word = wordAt(text, t.start, rules);
  if (word) return rules.words[word] === 'chips' ? 'chip' : 'vendor';
  if (t.kind === 'word' && /^[A-Za-z]/.test(t.text)) {
    if (/^(?:GPUs?|NPUs?|TPUs?|AI)$/.test(t.text)) return t.text.startsWith('AI') ? 'other' : 'chip';
    const m = readModel(tokens, k);
    if (m) return m.to === k + 1 ? 'model' : 'unknown-name';
    return QUOTES.has(tokens[k - 1]?.text ?? '') ? 'unknown-name' : 'other';
  }
  return 'other';
}

type CounterRead =
  /** The chips follow: the counter joins the count, tokens from `next` on name them. */
  | { chips: 'after'; next: number }
  /** The chips were named before: the counter reads as `gloss` ("GPUs", "Nvidia GPUs" or the model). */
  | { chips: 'before'; gloss: string }
  | null;

/** How the counter at token `c` (after a number starting at token `first`) reads; null: not chips. */
export function readCounter(text: string, tokens: Token[], first: number, c: number, rules: CjkRules): CounterRead {
  const counter = tokens[c];
  let next = c + 1;
  const after = tokens[next];
  const glued = after && after.start === counter.end;
  if (after && glued && rules.nounLinkers.includes(after.text)) next++;
  const named =
    tokens[next] && tokens[next].start - tokens[next - 1].end <= 1 ? roleOf(text, tokens, next, rules) : 'other';
  if (named === 'chip' || named === 'vendor' || named === 'model') return { chips: 'after', next };
  if (next > c + 1) return null; // "1万台のサーバー": the counter counts another noun
  // A noun right after the counter is what it counts: glued in Chinese, spaced in Korean.
  if (after && after.sentence === counter.sentence && isCjk(text.charCodeAt(after.start))) {
    if (rules.counterNoun === 'glued' && glued && !rules.skips.includes(after.text)) return null;
    if (rules.counterNoun === 'spaced' && !glued) return null;
  }
  return before(text, tokens, first, rules);
}

/** The group just before the count: chips named there, and their model when exactly one is named. */
function before(text: string, tokens: Token[], first: number, rules: CjkRules): CounterRead {
  let chip = false;
  let model: string | null = null;
  const vendors = new Set<string>();
  let k = first - 1;
  // Particles and hedges between the group and the count ("を約", "약").
  while (k >= 0 && first - k <= 4 && (rules.skips.includes(tokens[k].text) || rules.hedges.includes(tokens[k].text)))
    k--;
  for (let seen = 0; k >= 0 && seen < 6 && tokens[k].sentence === tokens[first].sentence; k--, seen++) {
    // "芯片3万块", "チップを1万個": a chip word or vendor of several characters ends here.
    const ending = wordEndingAt(text, tokens[k].end, rules);
    if (ending) {
      if (rules.words[ending] === 'chips') chip = true;
      else vendors.add(rules.words[ending]);
      const wordStart = tokens[k].end - ending.length;
      while (k > 0 && tokens[k - 1].start >= wordStart) k--;
      continue;
    }
    const role = roleOf(text, tokens, k, rules);
    if (role === 'unknown-name') return null;
    const vendor =
      role === 'vendor' ? rules.words[wordAt(text, tokens[k].start, rules)!] : readVendor(tokens, k)?.vendor;
    if (vendor) {
      vendors.add(vendor);
      continue;
    }
    if (role === 'model') {
      if (model && model !== tokens[k].text) return null;
      model = tokens[k].text;
      chip = true;
    } else if (role === 'chip') chip = true;
    else if (role === 'quote' || role === 'vendor' || role === 'skip') continue;
    else break;
  }
  // "エヌビディアのGPUを2万基": the one vendor named in the group is the count's vendor.
  const vendor = !model && vendors.size === 1 ? [...vendors][0] + ' ' : '';
  return chip ? { chips: 'before', gloss: model ?? vendor + 'GPUs' } : null;
}
