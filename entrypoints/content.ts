// Thin wiring: the lifecycle, the message listener, and how the annotator bundle is loaded
// (a web-accessible script imported on demand; see lib/content/loader.ts). The browser is reached
// natively here, not through 'wxt/browser': this runs on every page (lib/content/native.ts).
// WXT's context argument is not used (nor built in: wxt.config.ts): lib/content/page-hooks.ts
// does its two jobs, invalidation and SPA location changes, in less main-thread time.
import { isTabRequest, listenOn } from '../lib/messages';
import { startLoader, type Annotator } from '../lib/content/loader';
import { nativeExtension } from '../lib/content/native';
import { startPageHooks } from '../lib/content/page-hooks';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const ext = nativeExtension();
    const hooks = startPageHooks(ext);
    const loadAnnotator = async (): Promise<Annotator> => {
      const g = globalThis as { __deallensAnnotator?: Annotator };
      if (!g.__deallensAnnotator) await import(/* @vite-ignore */ ext.runtime.getURL('/annotate.js'));
      if (!g.__deallensAnnotator) throw new Error('annotator bundle did not load');
      return g.__deallensAnnotator;
    };
    // Never throw into the page: a failure costs the reader the annotations, nothing else.
    const loader = startLoader(hooks, loadAnnotator, ext);
    loader.catch((e) => console.debug('[DealLens] content script failed to start', e));
    // Registered at once, so the popup's requests (page summary, rescan) are answered on every
    // page, quiet ones included, even while the settings are still being read.
    listenOn(ext.runtime.onMessage, isTabRequest, async (req) => (await loader).handle(req));
  },
});
