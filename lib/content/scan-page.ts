// Scanning the page: the full scan (root, prefilter, collection in slices), added content, and
// one chunk's pipeline — extract in slices, index, read deals, build ranges in slices, mark, look
// up. Every await is followed by a generation check: a teardown in between drops the result.
import type { ExtractOptions } from '../extract';
import { hasCandidates } from '../extract';
import type { Company } from '../feed/types';
import type { ReadingContext } from '../reading/types';
import type { MentionType } from '../extract/types';
import { collectPieces, findArticleRoot } from '../dom/collect';
import { buildTextMap, type Piece, type TextMap } from '../dom/textmap';
import type { Marks } from '../dom/marks';
import { readInSlices } from './read-slices';
import { extractInSlices, remapLookup, yieldToPage } from './scan';
import { collectInSlices } from './collect-slices';
import { loadExtractor } from './services';
import { observeAdditions, type Observation } from './observe';
import { blockedReason, type ContentSettings } from './settings-state';
import { PageIndex } from './page-index';
import { noteUnclear, type PageState } from './page-state';
import type { TooltipControl } from './tooltip-control';
import type { Perf } from './perf';

/** Ranges are built this many mentions per slice. */
const RANGE_SLICE = 400;

interface ScanDeps {
  doc: Document;
  state: PageState;
  perf: Perf;
  marks: Marks;
  tooltip: Pick<TooltipControl, 'hide' | 'prepare'>;
  settings: ContentSettings;
  visible(type: MentionType): boolean;
  /** The company dictionary the loader requested, for the extractor. */
  companies?: Promise<Company[]>;
  /** Known company names: they count as candidates too (an article naming companies without figures). */
  names: Promise<Set<string> | undefined>;
  readingContext: Promise<ReadingContext>;
  /** The root the loader already checked: the first scan neither finds it again nor prefilters it. */
  checkedRoot?: Element;
  requestLookup(gen: number): Promise<void>;
}

interface PageScan {
  /** Starts a full scan (recorded in state.scanning, errors logged). */
  rescan(): Promise<void>;
  /** Forgets everything marked and found; `why` is the reason the popup shows. */
  teardown(why?: string): void;
  /** Draws the marks of the visible kinds again. */
  applyMarks(): void;
}

/** The text of added nodes not already indexed, as one text map. */
function addedTextMap(nodes: readonly Node[], known: (t: Text) => boolean): TextMap<Text> {
  const pieces: Piece<Text>[] = [];
  for (const n of nodes) {
    if (n.nodeType === 3 && known(n as Text)) continue;
    collectPieces(n, pieces);
    pieces.push({ block: true });
  }
  return buildTextMap(pieces);
}

export function createPageScan(deps: ScanDeps): PageScan {
  const { doc, state, perf, marks, tooltip, settings } = deps;
  let observation: Observation | null = null;
  // Scans between their first await and their lookup answer: they hold mention indexes, so the
  // index is only pruned when none is running.
  let inFlight = 0;
  let handedRoot = deps.checkedRoot ?? null;

  function applyMarks() {
    const { index } = state;
    marks.set(index.mentions.map((m, i) => ({ type: m.type, range: deps.visible(m.type) ? index.ranges[i] : null })));
    observation?.ignoreOwnChanges();
  }

  function teardown(why?: string) {
    state.generation++;
    observation?.stop();
    observation = null;
    tooltip.hide();
    marks.clear();
    state.index = new PageIndex();
    state.unclear = new Map();
    state.lookup = null;
    state.reason = why;
  }

  /** Drops what left the page (see PageIndex.prune), keeping the lookup and an open tooltip. */
  function dropRemoved() {
    if (inFlight > 0) return;
    const remap = perf.slice(() => state.index.prune(), 'prune');
    if (!remap) return;
    if (state.lookup) state.lookup = remapLookup(state.lookup, remap);
    if (state.open.index >= 0) {
      const to = remap[state.open.index];
      if (to < 0) tooltip.hide();
      else state.open = { index: to, via: state.open.via };
    }
    perf.slice(applyMarks, 'marks');
    perf.update({ mentions: state.index.size });
  }

  /** Extracts one chunk, builds its ranges in slices, marks, and asks the background once. */
  async function scanChunk(map: TextMap<Text>, gen: number) {
    inFlight++;
    try {
      await scanChunkNow(map, gen);
    } finally {
      inFlight--;
    }
    if (gen === state.generation) dropRemoved();
  }

  async function scanChunkNow(map: TextMap<Text>, gen: number) {
    const stale = () => gen !== state.generation;
    const extract = await loadExtractor(deps.companies);
    perf.report.extractorLoaded = true;
    if (stale()) return;
    const noting = (text: string, options?: ExtractOptions) => {
      const notes = extract.withNotes(text, options);
      noteUnclear(state.unclear, text, notes.unclear.length);
      return notes.mentions;
    };
    const mentions = await extractInSlices(map.text, noting, perf.slice, stale, map.langs);
    if (!mentions || stale() || !mentions.length) return;
    const { index } = state;
    const [first] = perf.slice(() => index.addChunk(map, mentions), 'index');
    // The deals the chunk reports, read in slices before its ranges (the first hover wants them).
    const context = await deps.readingContext;
    const readings = await readInSlices(map.text, mentions, perf.slice, stale, context, undefined, map.langs);
    if (!readings || stale()) return;
    index.setReadings(first, readings);
    for (let from = first; from < index.size; from += RANGE_SLICE) {
      perf.slice(() => index.buildRanges(doc, from, Math.min(index.size, from + RANGE_SLICE)), 'ranges');
      if (from + RANGE_SLICE < index.size) {
        await yieldToPage();
        if (stale()) return;
      }
    }
    perf.slice(applyMarks, 'marks');
    if (perf.report.marksReadyAt === null) {
      perf.report.marksReadyAt = performance.now();
      // Host and styles ready before the first hover, off the hover's critical path.
      tooltip.prepare();
    }
    perf.update({ mentions: index.size });
    await deps.requestLookup(gen);
  }

  async function onAdded(nodes: Node[], gen: number) {
    dropRemoved();
    const map = perf.slice(() => addedTextMap(nodes, (t) => state.index.hasNode(t)), 'collect-added');
    if (!map.text || !hasCandidates(map.text, await deps.names)) return;
    await scanChunk(map, gen);
  }

  async function fullScan() {
    teardown();
    const gen = state.generation;
    const blocked = blockedReason(settings, location.hostname, state.forced);
    if (blocked) {
      state.reason = blocked;
      return;
    }
    const given = handedRoot?.isConnected ? handedRoot : null;
    handedRoot = null;
    const root = given ?? perf.slice(() => findArticleRoot(doc), 'find-root');
    if (!root) {
      state.reason = 'no-article';
      return;
    }
    observation = observeAdditions(root, (nodes) => {
      if (gen === state.generation) state.scanning = onAdded(nodes, gen).catch(() => {});
    });
    // The cheap test first: a page with nothing to find costs one read of its text.
    const known = root === given ? undefined : await deps.names;
    const candidates = root === given || perf.slice(() => hasCandidates(root.textContent ?? '', known), 'prefilter');
    perf.update({});
    if (!candidates) return;
    const map = await collectInSlices(root, perf.slice, () => gen !== state.generation);
    if (!map) return;
    await scanChunk(map, gen);
  }

  const rescan = () => {
    state.scanning = fullScan().catch((e) => console.debug('[DealLens]', e));
    return state.scanning;
  };

  return { rescan, teardown, applyMarks };
}
