// Deal reading in the page, within the scan's time-slicing: the chunk's text is cut in the scan's
// windows (at line ends, so no sentence is cut), and only a window holding a company and a figure is
// read, each in its own slice. The mentions are the ones already extracted (no second extraction);
// sentences come from the one tokenizer. Readings come back in chunk offsets, ids rewritten to match.
import type { Mention } from '../extract/types';
import { buildDocument } from '../extract/document';
import { tokenize } from '../extract/tokens';
import type { DealReading, ReadingContext } from '../reading/types';
import { readDeals } from '../reading/index';
import type { LangRun } from '../dom/textmap';
import { langAt, windows, yieldToPage } from './scan';

/** A reading moved `by` characters on: evidence and every mention id (`type@start`). */
function shiftReading(r: DealReading, by: number): DealReading {
  if (!by) return r;
  const id = (mentionId: string) => mentionId.replace(/@(\d+)$/, (_, n: string) => `@${Number(n) + by}`);
  const start = r.evidence.start + by;
  return {
    ...r,
    id: r.id.replace(/^deal@\d+/, `deal@${start}`),
    parties: r.parties.map((p) => ({ ...p, mentionIds: p.mentionIds.map(id) })),
    money: r.money && { ...r.money, mentionId: id(r.money.mentionId) },
    gpus: r.gpus && { ...r.gpus, mentionId: id(r.gpus.mentionId) },
    ...(r.powerMentionId ? { powerMentionId: id(r.powerMentionId) } : {}),
    evidence: { ...r.evidence, start, end: r.evidence.end + by },
    mentionIds: r.mentionIds.map(id),
  };
}

/** A window worth reading: a company and a figure in it. */
const hasCandidate = (ms: readonly Mention[]) =>
  ms.some((m) => m.type === 'company') && ms.some((m) => m.type !== 'company');

/** The deals `text` reports, from its (sorted) mentions, window by window. Null when `stale()` turns true.
 *  Each window is read in the language of the block its figures stand in (`langs`, the page's `lang`
 *  attributes), as its numbers were: a German block's deal words are read as German; a block of no
 *  stated language as English. */
export async function readInSlices(
  text: string,
  mentions: readonly Mention[],
  slice: <T>(fn: () => T, step?: string) => T,
  stale: () => boolean,
  ctx: ReadingContext = {},
  size = 1_500,
  langs?: readonly LangRun[],
): Promise<DealReading[] | null> {
  const out: DealReading[] = [];
  let first = true;
  let from = 0; // mentions are sorted by start: one walk over them for all windows, not one per window
  for (const [s, e] of windows(text, size)) {
    while (from < mentions.length && mentions[from].start < s) from++;
    let to = from;
    while (to < mentions.length && mentions[to].start < e) to++;
    const local = mentions.slice(from, to).filter((m) => m.end <= e);
    if (!hasCandidate(local)) continue;
    if (!first) {
      await yieldToPage();
      if (stale()) return null;
    }
    first = false;
    const found = slice(() => {
      const t = text.slice(s, e);
      const shifted = local.map((m) => ({ ...m, start: m.start - s, end: m.end - s }));
      // The language where the window's figures stand (a window may begin in the block before).
      const lang = langAt(langs, local[0].start).lang || undefined;
      return readDeals(buildDocument(t, shifted, tokenize(t), lang), ctx);
    }, 'read');
    out.push(...found.map((r) => shiftReading(r, s)));
  }
  return out;
}
