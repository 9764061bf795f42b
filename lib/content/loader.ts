// The part of the content script every page pays for: the settings, the article root and the
// cheap prefilter. Settings first: a reader who paused DealLens, or switched it off for the site,
// gets nothing read from the page at all (one async storage read, answered between tasks, costs
// far less main-thread time than the page's text). Otherwise the article's text goes through the
// prefilter, and only when it may hold something (now, after added paragraphs, after SPA
// navigation, or when the reader asks) is the annotator — extractor, marks, tooltip — loaded.
// A page with nothing to mark never loads or parses that code, nor webextension-polyfill: the
// loader talks to the browser natively (./native.ts; why there).
import { companyNameSet, hasCandidates } from '../extract/prefilter';
import type { Company } from '../feed/types';
import { sendToBackgroundVia, type PageSummary, type TabRequest } from '../messages';
import { articleRootSearch } from '../dom/article-root';
import { yieldToPage } from './yield';
import { blockedReason, loadSettings, watchSettings, type ContentSettings } from './settings-state';
import { nativeExtension, type NativeExtension } from './native';
import { observeAdditions } from './observe';
import { createPerf, type Perf } from './perf';
import { guard } from './guard';
import type { ContentHooks, StartOptions } from './controller';

/** What the annotator bundle exposes once loaded. */
export interface Annotator {
  startContent(
    hooks: ContentHooks,
    perf: Perf,
    opts: StartOptions,
  ): Promise<{ handle(req: TabRequest): Promise<object> }>;
}

/** The lifecycle the loader needs: the annotator's hooks, and whether the extension is still
 *  there (./page-hooks.ts). */
export interface LoaderHooks extends ContentHooks {
  isValid(): boolean;
}

export async function startLoader(
  hooks: LoaderHooks,
  loadAnnotator: () => Promise<Annotator>,
  ext: NativeExtension = nativeExtension(),
): Promise<{ handle(req: TabRequest): Promise<object> }> {
  const perf = createPerf(document);
  let running: Promise<{ handle(req: TabRequest): Promise<object> }> | null = null;
  let observation: { stop(): void } | null = null;
  let unwatch: (() => void)[] = [];

  // Settings kept live (a change re-runs the check) once they matter beyond the first check: the
  // page is blocked (an unpause must resume it), the annotator runs, or the popup asked. A quiet,
  // allowed page only reads them once (and again, fresh, should added content hold candidates).
  let live: Promise<ContentSettings> | null = null;
  const keepLive = (s: ContentSettings) => {
    if (!live) {
      live = Promise.resolve(s);
      unwatch = watchSettings(s, () => check(), ext);
    }
    return live;
  };
  const liveSettings = () => live ?? loadSettings(ext).then(keepLive);
  const currentSettings = () => live ?? loadSettings(ext);
  // The company dictionary, asked once: the annotator needs it, and a page with no figure is still
  // read when it names known companies (the prefilter's name check).
  let companies: Promise<Company[]> | null = null;
  const dictionary = () => {
    companies ??= sendToBackgroundVia((m) => ext.runtime.sendMessage(m), { type: 'companies' }).then(
      (r) => r.companies,
    );
    companies.catch(() => (companies = null));
    return companies;
  };
  let names: Promise<ReadonlySet<string> | undefined> | null = null;
  const nameSet = () => (names ??= dictionary().then(companyNameSet, () => undefined));
  /** Figures first (no message needed); then known company names. */
  const mayHold = async (text: string, step: string) => {
    if (perf.slice(() => hasCandidates(text), step)) return true;
    const known = await nameSet();
    return !!known && perf.slice(() => hasCandidates(text, known), `${step}-names`);
  };
  const stopObserving = () => {
    observation?.stop();
    observation = null;
  };

  const start = (forced: boolean, current: ContentSettings, checkedRoot?: Element) => {
    stopObserving();
    perf.report.extractorLoaded = true;
    if (!running) {
      // The dictionary request (often answered already) and the bundle import run side by side.
      const known = dictionary();
      known.catch(() => {});
      running = keepLive(current)
        .then(loadAnnotator)
        .then((a) => a.startContent(hooks, perf, { forced, settings: current, companies: known, checkedRoot }));
    }
    running.catch(() => {
      running = null;
    });
    return running;
  };

  // Candidates found: the annotator starts unless the reader paused or switched this site off.
  const startIfAllowed = async (settings: ContentSettings, checkedRoot?: Element) => {
    if (running) return;
    if (blockedReason(settings, location.hostname, false)) {
      stopObserving();
      await keepLive(settings); // (a change of settings runs the check again)
      return;
    }
    void start(false, settings, checkedRoot);
  };

  // Decides whether this page needs the annotator; if not yet, watches for content that might.
  const check = guard(async () => {
    if (running || !hooks.isValid()) return;
    const settings = await currentSettings();
    if (running) return;
    if (blockedReason(settings, location.hostname, false)) {
      perf.update({}); // (the report shows that nothing was read)
      return startIfAllowed(settings);
    }
    // In steps of a few hundred paragraphs: a page with thousands (a long comment thread) never blocks.
    const search = articleRootSearch(document);
    while (!perf.slice(search.step, 'find-root')) {
      await yieldToPage();
      if (running || !hooks.isValid()) return;
    }
    const root = search.root;
    if (!root) return;
    const candidates = await mayHold(root.textContent ?? '', 'prefilter');
    perf.update({});
    if (running) return;
    if (candidates) return startIfAllowed(settings, root);
    stopObserving();
    observation = observeAdditions(
      root,
      guard(async (nodes) => {
        if (!hooks.isValid()) return stopObserving();
        const added = nodes.map((n) => n.textContent ?? '').join('\n');
        if (await mayHold(added, 'prefilter-added')) await startIfAllowed(await currentSettings());
      }),
    );
  });

  hooks.onLocationChange(() => setTimeout(check, 300));
  hooks.onInvalidated(() => {
    stopObserving();
    unwatch.forEach((u) => u());
  });
  // The settings read starts now; the check runs when they arrive, in a task of its own.
  check();

  return {
    async handle(req) {
      // Once the annotator runs (or starts while the settings are read), it answers.
      const read = running ? null : await liveSettings();
      const active = running as typeof running; // (may have started meanwhile)
      if (active) return (await active).handle(req);
      const current = read ?? (await liveSettings());
      if (req.type === 'rescan') {
        if (current.paused) return { count: 0 };
        return (await start(true, current)).handle(req);
      }
      if (req.type === 'reveal') return { found: false };
      if (req.type === 'save-reading') throw new Error('This page has no deal reading to save');
      const reason = blockedReason(current, location.hostname, false);
      const summary: PageSummary = {
        url: location.href,
        enabled: !reason,
        ...(reason ? { reason } : {}),
        mentions: [],
        mentionIds: [],
        readings: [],
        lookup: null,
      };
      return summary;
    },
  };
}
