// The bundled sample article (a copy of demo/sample-article.html, kept equal by a unit test), as
// an extension page so it works offline. Content scripts do not run on extension pages, so the
// page runs the content script's own code: the same loader, annotator, marks and tooltip. The
// annotator is bundled in (the content script imports it from a dynamic URL, which an extension
// page's CSP does not count as its own).
import annotator from '../annotate';
import contentScript from '../content';

annotator.main();
void contentScript.main(undefined as never);
