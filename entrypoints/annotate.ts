// The annotator bundle (extractor, marks, tooltip), loaded by the content script's loader only on
// pages that may hold something to mark. Imported from the content script, it runs in the same
// isolated world and hands its entry point over through a global of that world.
import { startContent } from '../lib/content/controller';
import type { Annotator } from '../lib/content/loader';

export default defineUnlistedScript(() => {
  const annotator: Annotator = { startContent };
  (globalThis as { __deallensAnnotator?: Annotator }).__deallensAnnotator = annotator;
});
