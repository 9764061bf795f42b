// Thin wiring: WXT's lifecycle and the message listener around lib/content/controller.
import { isTabRequest, listen } from '../lib/messages';
import { startContent } from '../lib/content/controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // Never throw into the page: a failure costs the reader the annotations, nothing else.
    startContent({
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    })
      .then(({ handle }) => listen(isTabRequest, handle))
      .catch((e) => console.debug('[DealLens] content script failed to start', e));
  },
});
