// The part of the content script every page pays for: the article root and the cheap prefilter.
// Only when the article may hold something (now, after added paragraphs, after SPA navigation, or
// when the reader asks) are the settings read and, unless paused or switched off for the site, the
// annotator — extractor, marks, tooltip — loaded. A page with nothing to mark never reads storage,
// never loads or parses that code, nor webextension-polyfill: the loader talks to the browser
// natively (./native.ts; why there). The prefilter runs before the settings are known, also on
// paused pages: it only reads the page's text, in this tab, and decides nothing but whether to
// read the settings.
import { hasCandidates } from '../extract/prefilter';
import { sendToBackgroundVia, type PageSummary, type TabRequest } from '../messages';
import { findArticleRoot } from '../dom/collect';
import { blockedReason, loadSettings, watchSettings, type ContentSettings } from './settings-state';
import { nativeExtension, type NativeExtension } from './native';
import { observeAdditions } from './observe';
import { createPerf, type Perf } from './perf';
import { guard } from './guard';
import type { ContentHooks, StartOptions } from './controller';

/** What the annotator bundle exposes once loaded. */
export interface Annotator {
  startContent(hooks: ContentHooks, perf: Perf, opts: StartOptions): Promise<{ handle(req: TabRequest): Promise<object> }>;
}

export async function startLoader(
  hooks: ContentHooks,
  loadAnnotator: () => Promise<Annotator>,
  ext: NativeExtension = nativeExtension(),
): Promise<{ handle(req: TabRequest): Promise<object> }> {
  const perf = createPerf(document);
  let running: Promise<{ handle(req: TabRequest): Promise<object> }> | null = null;
  let observation: { stop(): void } | null = null;
  let unwatch: (() => void)[] = [];

  // Settings are read on first need: when the page may hold something, or the popup asks. A
  // quiet page never touches storage. Read once, then kept live (a change re-runs the check).
  let settings: Promise<ContentSettings> | null = null;
  const settingsNow = () => {
    settings ??= loadSettings(ext).then((s) => {
      unwatch = watchSettings(s, () => check(), ext);
      return s;
    });
    settings.catch(() => { settings = null; });
    return settings;
  };

  const start = (forced: boolean, current: ContentSettings) => {
    observation?.stop();
    observation = null;
    perf.report.extractorLoaded = true;
    if (!running) {
      // The dictionary request and the bundle import run side by side.
      const companies = sendToBackgroundVia((m) => ext.runtime.sendMessage(m), { type: 'companies' }).then((r) => r.companies);
      companies.catch(() => {});
      running = loadAnnotator().then((a) => a.startContent(hooks, perf, { forced, settings: current, companies }));
    }
    running.catch(() => { running = null; });
    return running;
  };

  // Candidates found: the annotator starts unless the reader paused or switched this site off
  // (then a settings change runs the check again).
  const startIfAllowed = guard(async () => {
    const current = await settingsNow();
    if (!running && !blockedReason(current, location.hostname, false)) void start(false, current);
  });

  // Decides whether this page needs the annotator; if not yet, watches for content that might.
  const check = guard(() => {
    if (running) return;
    const root = perf.slice(() => findArticleRoot(document), 'find-root');
    if (!root) return;
    const candidates = perf.slice(() => hasCandidates(root.textContent ?? ''), 'prefilter');
    perf.update({});
    if (candidates) {
      startIfAllowed();
      return;
    }
    observation?.stop();
    observation = observeAdditions(root, (nodes) => {
      if (perf.slice(() => nodes.some((n) => hasCandidates(n.textContent ?? '')), 'prefilter-added')) startIfAllowed();
    });
  });

  hooks.onLocationChange(() => setTimeout(check, 300));
  hooks.onInvalidated(() => {
    observation?.stop();
    unwatch.forEach((u) => u());
  });
  // In a task of its own, after the script's evaluation: two short tasks rather than one longer.
  setTimeout(check, 0);

  return {
    async handle(req) {
      // Once the annotator runs (or starts while the settings are read), it answers.
      const read = running ? null : await settingsNow();
      const active = running as typeof running; // (may have started meanwhile)
      if (active) return (await active).handle(req);
      const current = read ?? (await settingsNow());
      if (req.type === 'rescan') {
        if (current.paused) return { count: 0 };
        return (await start(true, current)).handle(req);
      }
      if (req.type === 'reveal') return { found: false };
      const reason = blockedReason(current, location.hostname, false);
      const summary: PageSummary = { url: location.href, enabled: !reason, ...(reason ? { reason } : {}), mentions: [], lookup: null };
      return summary;
    },
  };
}
