// Reading every DealLens mark of a page from a test. DealLens registers only the marks on or near
// the screen (lib/dom/near-viewport.ts: Chromium re-marks every registered range on each frame
// in which the page changes), so a test scrolls the page through, screen by screen, and joins
// what each screen registered. Ranges are told apart by their place in the DOM (a node path and
// offsets), which any JavaScript world can compute, so the reader may run in the page's world or
// in an isolated one (pages that poison their builtins).

/** Evaluates an expression in some world of the page and returns its value (awaiting promises). */
type Evaluate = <T>(expression: string) => Promise<T>;

/** JS source of `function (r, name) { return …; }`: what to read of each range. */
type RangeReader = string;

/** The registered marks of this screen as `[key, value]` pairs (`deallens-active` left out). */
const screenMarks = (read: RangeReader) =>
  `(function (read) {
  function path(node) {
    var out = [];
    for (var n = node; n && n.parentNode; n = n.parentNode) ` +
  `out.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    return out.join('/');
  }
  var out = [];
  if (!window.CSS || !CSS.highlights) return out;
  CSS.highlights.forEach(function (h, name) {
    if (name.indexOf('deallens-') !== 0 || name === 'deallens-active') return;
    h.forEach(function (r) {
      var key = name + '|' + path(r.startContainer) + ':' + r.startOffset + '-' + ` +
  `path(r.endContainer) + ':' + r.endOffset;
      out.push([key, read(r, name)]);
    });
  });
  return out;
})(${read})`;

/** Two frames and a task: the intersection observer has reported by then. */
const SETTLE = `new Promise(function (done) {
  requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 0); }); });
})`;

/** Every mark of the page, each read once with `read`, in no particular order. The page ends
 *  scrolled back where it was. */
export async function everyMark<T>(evaluate: Evaluate, read: RangeReader): Promise<T[]> {
  const seen = new Map<string, T>();
  const { start, view, height } = await evaluate<{ start: number; view: number; height: number }>(
    `({ start: scrollY, view: innerHeight, height: document.documentElement.scrollHeight })`,
  );
  const step = Math.max(200, Math.floor(view * 0.9));
  for (let y = 0; ; y += step) {
    await evaluate(`(scrollTo(0, ${y}), ${SETTLE})`);
    for (const [key, value] of await evaluate<[string, T][]>(screenMarks(read)))
      if (!seen.has(key)) seen.set(key, value);
    if (y + view >= height) break;
  }
  await evaluate(`(scrollTo(0, ${start}), ${SETTLE})`);
  return [...seen.values()];
}
