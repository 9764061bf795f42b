// The part of the content script every page pays for: settings, the article root and the cheap
// prefilter. Only when the article may hold something (now, after added paragraphs, after SPA
// navigation, or when the reader asks) is the annotator — extractor, marks, tooltip — loaded.
// A page with nothing to mark never loads or parses that code, nor webextension-polyfill: the
// loader talks to the browser natively (./native.ts; why there).
import { hasCandidates } from '../extract/prefilter';
import { sendToBackgroundVia, type PageSummary, type TabRequest } from '../messages';
import { findArticleRoot } from '../dom/collect';
import { blockedReason, loadSettings, watchSettings } from './settings-state';
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
  const settings = await loadSettings(ext);
  let running: Promise<{ handle(req: TabRequest): Promise<object> }> | null = null;
  let observation: { stop(): void } | null = null;

  const start = (forced: boolean) => {
    observation?.stop();
    observation = null;
    perf.report.extractorLoaded = true;
    if (!running) {
      // The dictionary request and the bundle import run side by side.
      const companies = sendToBackgroundVia((m) => ext.runtime.sendMessage(m), { type: 'companies' }).then((r) => r.companies);
      companies.catch(() => {});
      running = loadAnnotator().then((a) => a.startContent(hooks, perf, { forced, settings, companies }));
    }
    running.catch(() => { running = null; });
    return running;
  };

  // Decides whether this page needs the annotator; if not yet, watches for content that might.
  const check = guard(() => {
    if (running || blockedReason(settings, location.hostname, false)) return;
    const root = perf.slice(() => findArticleRoot(document), 'find-root');
    if (!root) return;
    const candidates = perf.slice(() => hasCandidates(root.textContent ?? ''), 'prefilter');
    perf.update({});
    if (candidates) {
      void start(false);
      return;
    }
    observation?.stop();
    observation = observeAdditions(root, (nodes) => {
      if (perf.slice(() => nodes.some((n) => hasCandidates(n.textContent ?? '')), 'prefilter-added')) void start(false);
    });
  });

  const unwatch = watchSettings(settings, check, ext);
  hooks.onLocationChange(() => setTimeout(check, 300));
  hooks.onInvalidated(() => {
    observation?.stop();
    unwatch.forEach((u) => u());
  });
  check();

  return {
    async handle(req) {
      if (running) return (await running).handle(req);
      if (req.type === 'rescan') {
        if (settings.paused) return { count: 0 };
        return (await start(true)).handle(req);
      }
      if (req.type === 'reveal') return { found: false };
      const reason = blockedReason(settings, location.hostname, false);
      const summary: PageSummary = { url: location.href, enabled: !reason, ...(reason ? { reason } : {}), mentions: [], lookup: null };
      return summary;
    },
  };
}
