// Thin wiring: WXT's lifecycle, the message listener, and how the annotator bundle is loaded
// (a web-accessible script imported on demand; see lib/content/loader.ts).
import { browser } from 'wxt/browser';
import { isTabRequest, listen } from '../lib/messages';
import { startLoader, type Annotator } from '../lib/content/loader';

async function loadAnnotator(): Promise<Annotator> {
  const g = globalThis as { __deallensAnnotator?: Annotator };
  if (!g.__deallensAnnotator) await import(/* @vite-ignore */ browser.runtime.getURL('/annotate.js'));
  if (!g.__deallensAnnotator) throw new Error('annotator bundle did not load');
  return g.__deallensAnnotator;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // Never throw into the page: a failure costs the reader the annotations, nothing else.
    startLoader(
      {
        onInvalidated: (cb) => ctx.onInvalidated(cb),
        onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
      },
      loadAnnotator,
    )
      .then(({ handle }) => listen(isTabRequest, handle))
      .catch((e) => console.debug('[DealLens] content script failed to start', e));
  },
});
