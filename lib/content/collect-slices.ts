// The article's text, collected and mapped in slices of a few thousand nodes or ~64k characters
// with a yield to the page between them: huge pages (long tables, 1 MB articles) never block.
import { createCollector } from '../dom/collect';
import { createStyleCheck } from '../dom/visibility';
import { createTextMapBuilder, type TextMap } from '../dom/textmap';
import { yieldToPage } from './scan';
import type { Perf } from './perf';

const COLLECT_SLICE = 4000;
const MAP_SLICE_CHARS = 64_000;

/** The text map of `root`, or null when `cancelled()` turns true between slices (a newer scan). */
export async function collectInSlices(
  root: Element,
  slice: Perf['slice'],
  cancelled: () => boolean,
): Promise<TextMap<Text> | null> {
  const collector = createCollector(root, [], { hidden: createStyleCheck(window) });
  const builder = createTextMapBuilder<Text>();
  let fed = 0;
  const collectSlice = () => {
    const until = builder.chars + MAP_SLICE_CHARS;
    let done = false;
    for (let nodes = 0; !done && nodes < COLLECT_SLICE && builder.chars < until; nodes += 500) {
      done = collector.run(500);
      while (fed < collector.pieces.length) builder.add(collector.pieces[fed++]);
    }
    return done;
  };
  while (!slice(collectSlice, 'collect')) {
    await yieldToPage();
    if (cancelled()) return null;
  }
  const map = slice(() => builder.finish(), 'text-map');
  await yieldToPage();
  return cancelled() ? null : map;
}
