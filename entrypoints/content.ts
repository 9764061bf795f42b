// Thin wiring: WXT's lifecycle, the message listener, and how the annotator bundle is loaded
// (a web-accessible script imported on demand; see lib/content/loader.ts). The browser is reached
// natively here, not through 'wxt/browser': this runs on every page (lib/content/native.ts).
import { isTabRequest, listenOn } from '../lib/messages';
import { startLoader, type Annotator } from '../lib/content/loader';
import { nativeExtension } from '../lib/content/native';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage costs ≈0.7 ms on every page (and wakes the
  // page's own message listeners); the document event WXT sends as well is what replaces an old
  // instance after an extension update.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const ext = nativeExtension();
    const loadAnnotator = async (): Promise<Annotator> => {
      const g = globalThis as { __deallensAnnotator?: Annotator };
      if (!g.__deallensAnnotator) await import(/* @vite-ignore */ ext.runtime.getURL('/annotate.js'));
      if (!g.__deallensAnnotator) throw new Error('annotator bundle did not load');
      return g.__deallensAnnotator;
    };
    // Never throw into the page: a failure costs the reader the annotations, nothing else.
    const loader = startLoader(
      {
        onInvalidated: (cb) => ctx.onInvalidated(cb),
        onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
      },
      loadAnnotator,
      ext,
    );
    loader.catch((e) => console.debug('[DealLens] content script failed to start', e));
    // Registered at once, so the popup's requests (page summary, rescan) are answered on every
    // page, quiet ones included, even while the settings are still being read.
    listenOn(ext.runtime.onMessage, isTabRequest, async (req) => (await loader).handle(req));
  },
});
