// The bundled sample article (a copy of demo/sample-article.html, kept equal by a unit test), as
// an extension page so it works offline. Content scripts do not run on extension pages, so the
// page runs the content script's own code: the same loader, annotator, marks and tooltip.
import contentScript from '../content';

contentScript.main(undefined as never);
