// The content script's orchestration: settings → scan (collect, prefilter, extract in slices,
// ranges, marks) → one batched lookup → tooltips on hover/keyboard; dynamic additions, SPA
// navigation and the popup's tab requests. Wiring only: the logic lives in lib/dom, lib/content
// helpers and components/tooltip.
import type { Mention, MentionType } from '../extract/types';
import type { ExtractOptions } from '../extract';
import type { Company } from '../feed/types';
import type { DealReading } from '../reading/types';
import { companyNameSet, hasCandidates } from '../extract';
import { FX_REFERENCE } from '../feed/fx-reference';
import type { LookupResult, PageSummary, TabRequest, TabReplies } from '../messages';
import { collectPieces, findArticleRoot } from '../dom/collect';
import { buildTextMap, type Piece, type TextMap } from '../dom/textmap';
import { anchorRect } from '../dom/ranges';
import { createMarks } from '../dom/marks';
import { stepIndex } from '../dom/spans';
import { buildTooltip } from '../../components/tooltip/model';
import { createTooltipHost } from '../../components/tooltip/host';
import { readInSlices } from './read-slices';
import { matchPage, withSavedDeal } from '../deals/my-deals-match';
import { saveReading } from './my-deals';
import { PageIndex } from './page-index';
import { firstIndex } from '../util/sorted';
import { extractInSlices, LOOKUP_LIMITS, mergeLookups, planLookups, remapLookup, yieldToPage } from './scan';
import { createTrailRecorder } from './trail';
import { collectInSlices } from './collect-slices';
import { loadExtractor, lookupMentions, openExplorer } from './services';
import { guard, whenIdle as idle } from './guard';
import { attachInteraction } from './interaction';
import { observeAdditions, type Observation } from './observe';
import { blockedReason, loadSettings, watchSettings, type ContentSettings } from './settings-state';
import type { Perf } from './perf';

const RANGE_SLICE = 400;
/** At most this many marks are looked up first as "on screen" (a viewport rarely shows more). */
const ON_SCREEN_CAP = 2_000;

export interface ContentHooks {
  /** Registers cleanup for when the extension reloads (WXT's ctx.onInvalidated). */
  onInvalidated(cb: () => void): void;
  /** Calls back on SPA navigation (WXT's wxt:locationchange). */
  onLocationChange(cb: () => void): void;
}

/** How the loader starts the annotator. `perf` is the loader's (one report per page). */
export interface StartOptions {
  /** The reader asked from the popup: a site switched off (or on-click mode) does not stop it. */
  forced?: boolean;
  /** The loader's settings (kept live by its watchers too), so they are not read twice. */
  settings?: ContentSettings;
  /** The company dictionary, already requested by the loader while this bundle loaded. */
  companies?: Promise<Company[]>;
  /** The article root the loader already found candidates in: the first scan neither looks for
   *  the root again nor runs the prefilter over the same text a second time. */
  checkedRoot?: Element;
}

export async function startContent(
  hooks: ContentHooks,
  perf: Perf,
  opts: StartOptions = {},
): Promise<{ handle(req: TabRequest): Promise<object> }> {
  const doc = document;
  const settings: ContentSettings = opts.settings ?? (await loadSettings());
  let forced = opts.forced ?? false;
  let generation = 0;
  let index = new PageIndex();
  // Figures left unmarked because their number format was unclear, for the popup; keyed by window
  // text, so a window read again (a company learned later) replaces its count rather than adding.
  let unclear = new Map<string, number>();
  let lookup: LookupResult | null = null;
  let reason: string | undefined;
  let scanning: Promise<void> = Promise.resolve();
  let observation: Observation | null = null;
  let open = { index: -1, via: null as 'pointer' | 'keyboard' | null };
  // Scans between their first await and their lookup answer: they hold mention indexes, so the
  // index is only pruned when none is running.
  let inFlight = 0;
  let handedRoot = opts.checkedRoot ?? null;
  // Known company names count as candidates too (an article naming companies without figures).
  const names = (opts.companies ?? Promise.resolve([])).then(companyNameSet, () => undefined);

  // The feed's company kinds help the reader decide who sells in a plain "agreement".
  const readingCtx = (opts.companies ?? Promise.resolve([])).then(
    (cs) => {
      const kinds = new Map(cs.map((c) => [c.name, c.kind as string]));
      return { companyKind: (name: string) => kinds.get(name) };
    },
    () => ({}),
  );
  const visible = (t: MentionType) => settings.display.types[t] !== false;
  const marks = createMarks(doc);
  const interaction = attachInteraction(window, {
    hitTest: (x, y, target) => {
      if (marks.kind === 'wrapper')
        return target instanceof Element && target.closest('deallens-mark')
          ? index.hitTestElement(target, visible)
          : -1;
      return index.hitTest(doc, x, y, visible);
    },
    show: (i, via) => show(i, via),
    hide: () => hide(),
    shown: () => open,
    overTooltip: (t) => tooltip.contains(t),
    step: (from, dir) => {
      const order = index.documentOrder(visible);
      const at = order.indexOf(from);
      const next = stepIndex(at, order.length, dir);
      return next < 0 ? -1 : order[next];
    },
    settings: () => settings.display,
    guard,
  });
  const tooltip = createTooltipHost(doc, {
    onEnter: () => interaction.enterTooltip(),
    onLeave: () => interaction.leaveTooltip(),
    onExplore: openExplorer,
    onSave: () => saveToMyDeals(index.readingOf(open.index)),
  });

  /** Saves a reading of the page to My deals; the page shows it as saved at once. */
  async function saveToMyDeals(reading: DealReading | null) {
    if (!reading) throw new Error('This deal reading is no longer on the page');
    const deal = await saveReading(reading, doc, location.href);
    if (lookup) lookup = withSavedDeal(lookup, deal);
    if (open.index >= 0 && open.via) show(open.index, open.via);
    return { deal };
  }

  function show(i: number, via: 'pointer' | 'keyboard') {
    const range = index.ranges[i];
    if (!range || range.collapsed || !range.startContainer.isConnected) return;
    const t0 = performance.now();
    if (via === 'keyboard')
      (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'instant' });
    const model = modelFor(i);
    tooltip.show(model, anchorRect(range), {
      numbers: settings.display.numbers,
      theme: settings.display.tooltipTheme,
      focus: via === 'keyboard',
    });
    marks.setActive(range);
    open = { index: i, via };
    perf.update({ lastHoverMs: performance.now() - t0 });
  }

  function modelFor(i: number) {
    const mention = index.mentions[i];
    const reading = index.readingOf(i);
    const fx = lookup?.reference.fx ?? FX_REFERENCE;
    const match = reading ? (matchPage([reading], lookup, fx, location.href).get(reading.id) ?? null) : null;
    return buildTooltip({
      mention,
      index: i,
      reading,
      match,
      lookup,
      display: settings.display,
      fx: FX_REFERENCE,
    });
  }

  /** The tooltip host and styles made when idle, measured and reported like every slice of ours. */
  function prepareHost() {
    idle(
      guard(() => {
        perf.slice(() => tooltip.prepare(), 'prepare-host');
        perf.flush();
      }),
    );
  }

  function hide() {
    tooltip.hide();
    marks.setActive(null);
    open = { index: -1, via: null };
  }

  function applyMarks() {
    marks.set(index.mentions.map((m, i) => ({ type: m.type, range: visible(m.type) ? index.ranges[i] : null })));
    observation?.ignoreOwnChanges();
  }

  function teardown(why?: string) {
    generation++;
    observation?.stop();
    observation = null;
    hide();
    marks.clear();
    index = new PageIndex();
    unclear = new Map();
    lookup = null;
    reason = why;
  }

  const recordTrail = createTrailRecorder();

  /** Lookup order when a page has more figures than one request carries: what is in the
   *  viewport first, then the newest chunks (a live blog's latest posts), then page order. */
  function lookupPriority(): (i: number) => number {
    const figures = index.mentions.filter((m) => m.type !== 'company').length;
    if (figures <= LOOKUP_LIMITS.figures) return () => 0;
    const newest = index.chunkOf[index.size - 1] ?? 0;
    const seen = onScreen();
    return (i) => (seen.has(i) ? 0 : 1_000_000) + (newest - index.chunkOf[i]);
  }

  /** Marks in the viewport, with a bounded number of layout reads: marks follow document order, which
   *  runs top to bottom, so a binary search finds the first one on screen and a short walk the rest
   *  (one rect per mark read for 100,000 marks took over a second in one task). */
  function onScreen(): Set<number> {
    const height = window.innerHeight;
    const rect = (i: number) => index.ranges[i]?.getBoundingClientRect();
    const first = firstIndex(index.size, (i) => (rect(i)?.bottom ?? 0) > 0);
    const seen = new Set<number>();
    for (let i = first; i < index.size && seen.size < ON_SCREEN_CAP; i++) {
      const r = rect(i);
      if (!r) continue;
      if (r.top >= height) break;
      seen.add(i);
    }
    return seen;
  }

  async function requestLookup(gen: number) {
    const mentions = index.mentions;
    if (!mentions.length) return;
    try {
      const plans = perf.slice(() => planLookups(mentions, FX_REFERENCE, lookupPriority()), 'lookup-plan');
      const results: LookupResult[] = [];
      for (const plan of plans) {
        if (results.length) await new Promise<void>((r) => idle(() => r()));
        if (gen !== generation) return;
        results.push(await lookupMentions(mentions, plan));
        if (gen !== generation) return;
        lookup = results.length === 1 ? results[0] : mergeLookups(results);
        if (results.length === 1) firstAnswer(lookup);
        else if (open.index >= 0 && open.via) show(open.index, open.via);
      }
    } catch (e) {
      console.debug('[DealLens] lookup failed', e);
    }
  }

  function firstAnswer(result: LookupResult) {
    perf.update({ lookupAt: performance.now() });
    recordTrail(result, index.allReadings()).catch((e: unknown) => console.debug('[DealLens] reading trail', e));
    // Stale protection the other way round: an open tooltip is rebuilt with the fresh result.
    if (open.index >= 0 && open.via) show(open.index, open.via);
  }

  /** Drops what left the page (see PageIndex.prune), keeping the lookup and an open tooltip. */
  function dropRemoved() {
    if (inFlight > 0) return;
    const remap = perf.slice(() => index.prune(), 'prune');
    if (!remap) return;
    if (lookup) lookup = remapLookup(lookup, remap);
    if (open.index >= 0) {
      const to = remap[open.index];
      if (to < 0) hide();
      else open = { index: to, via: open.via };
    }
    perf.slice(applyMarks, 'marks');
    perf.update({ mentions: index.size });
  }

  /** Extracts one chunk, builds its ranges in slices, marks, and asks the background once. */
  async function scanChunk(map: TextMap<Text>, gen: number) {
    inFlight++;
    try {
      await scanChunkNow(map, gen);
    } finally {
      inFlight--;
    }
    if (gen === generation) dropRemoved();
  }

  async function scanChunkNow(map: TextMap<Text>, gen: number) {
    const extract = await loadExtractor(opts.companies);
    perf.report.extractorLoaded = true;
    if (gen !== generation) return;
    const noting = (text: string, options?: ExtractOptions) => {
      const notes = extract.withNotes(text, options);
      if (notes.unclear.length) unclear.set(text, notes.unclear.length);
      else unclear.delete(text);
      return notes.mentions;
    };
    const mentions = await extractInSlices(map.text, noting, perf.slice, () => gen !== generation, map.langs);
    if (!mentions || gen !== generation || !mentions.length) return;
    const [first] = perf.slice(() => index.addChunk(map, mentions), 'index');
    // The deals the chunk reports, read in slices before its ranges (the first hover wants them).
    const readings = await readInSlices(map.text, mentions, perf.slice, () => gen !== generation, await readingCtx);
    if (!readings || gen !== generation) return;
    index.setReadings(first, readings);
    for (let from = first; from < index.size; from += RANGE_SLICE) {
      perf.slice(() => index.buildRanges(doc, from, Math.min(index.size, from + RANGE_SLICE)), 'ranges');
      if (from + RANGE_SLICE < index.size) {
        await yieldToPage();
        if (gen !== generation) return;
      }
    }
    perf.slice(applyMarks, 'marks');
    if (perf.report.marksReadyAt === null) {
      perf.report.marksReadyAt = performance.now();
      // Host and styles ready before the first hover, off the hover's critical path.
      prepareHost();
    }
    perf.update({ mentions: index.size });
    await requestLookup(gen);
  }

  async function onAdded(nodes: Node[], gen: number) {
    dropRemoved();
    const map = perf.slice(() => {
      const pieces: Piece<Text>[] = [];
      for (const n of nodes) {
        if (n.nodeType === 3 && index.hasNode(n as Text)) continue;
        collectPieces(n, pieces);
        pieces.push({ block: true });
      }
      return buildTextMap(pieces);
    }, 'collect-added');
    if (!map.text || !hasCandidates(map.text, await names)) return;
    await scanChunk(map, gen);
  }

  async function fullScan() {
    teardown();
    const gen = generation;
    const blocked = blockedReason(settings, location.hostname, forced);
    if (blocked) {
      reason = blocked;
      return;
    }
    const given = handedRoot?.isConnected ? handedRoot : null;
    handedRoot = null;
    const root = given ?? perf.slice(() => findArticleRoot(doc), 'find-root');
    if (!root) {
      reason = 'no-article';
      return;
    }
    observation = observeAdditions(root, (nodes) => {
      if (gen === generation) scanning = onAdded(nodes, gen).catch(() => {});
    });
    // The cheap test first: a page with nothing to find costs one read of its text.
    const known = root === given ? undefined : await names;
    const candidates = root === given || perf.slice(() => hasCandidates(root.textContent ?? '', known), 'prefilter');
    perf.update({});
    if (!candidates) return;
    const map = await collectInSlices(root, perf.slice, () => gen !== generation);
    if (!map) return;
    await scanChunk(map, gen);
  }

  const rescan = () => {
    scanning = fullScan().catch((e) => console.debug('[DealLens]', e));
    return scanning;
  };

  let wasBlocked = blockedReason(settings, location.hostname, forced);
  const unwatch = watchSettings(
    settings,
    guard(() => {
      const blocked = blockedReason(settings, location.hostname, forced);
      if (blocked !== wasBlocked) {
        wasBlocked = blocked;
        if (blocked) teardown(blocked);
        else void rescan();
        return;
      }
      if (open.index >= 0 && !visible(index.mentions[open.index].type)) hide();
      applyMarks();
    }),
  );

  hooks.onLocationChange(
    guard(() => {
      setTimeout(rescan, 300);
    }),
  );
  hooks.onInvalidated(() => {
    teardown();
    interaction.detach();
    tooltip.destroy();
    unwatch.forEach((u) => u());
  });

  void rescan();

  async function handle(req: TabRequest): Promise<TabReplies[TabRequest['type']]> {
    if (req.type === 'page-summary') {
      await Promise.race([scanning, new Promise((r) => setTimeout(r, 2000))]);
      const summary: PageSummary = {
        url: location.href,
        enabled: !reason,
        ...(reason ? { reason } : {}),
        mentions: index.mentions as Mention[],
        mentionIds: index.mentions.map((_, i) => index.pageId(i)),
        readings: index.allReadings(),
        lookup,
        unclear: [...unclear.values()].reduce((a, b) => a + b, 0),
      };
      return summary;
    }
    if (req.type === 'rescan') {
      forced = true;
      wasBlocked = blockedReason(settings, location.hostname, forced);
      await rescan();
      return { count: index.size };
    }
    if (req.type === 'step') return { shown: interaction.step(req.direction) };
    if (req.type === 'save-reading') return saveToMyDeals(index.allReadings().find((r) => r.id === req.id) ?? null);
    const at = index.indexOfId(req.id);
    const range = index.ranges[at];
    if (!range || range.collapsed || !range.startContainer.isConnected) return { found: false };
    show(at, 'keyboard');
    return { found: true };
  }

  return { handle };
}
