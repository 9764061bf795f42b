// In-page code that finds a phrase in the page's visible text wherever it lies in the DOM (split
// across inline elements, wrapped over lines) and returns the client rect of its first line box.
// Kept as a JS string: functions passed to page.evaluate() are serialized, and tsx's esbuild
// transform adds `__name(...)` helpers that do not exist in the page.
export interface PhraseRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** How many times the phrase occurs on the page. */
  occurrences: number;
  /** Whether a DealLens mark overlaps the phrase (null: the browser has no CSS highlights). */
  marked: boolean | null;
}

/** Whitespace runs compare as one space, so source line breaks inside a phrase do not matter. */
export const FIND_PHRASE_JS =
  `(function (args) {
  var phrase = args.phrase.replace(/\\s+/g, ' ').trim();
  var skip = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEMPLATE: 1 };
  var text = '';
  var map = []; // map[i] = [node, offset] of text[i]
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: function (n) {
      for (var el = n.parentElement; el; el = el.parentElement) {
        if (skip[el.tagName] || (el.getAttribute && el.getAttribute('data-deallens'))) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    }
  });
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var s = node.data;
    for (var i = 0; i < s.length; i++) {
      var ch = /\\s/.test(s[i]) ? ' ' : s[i];
      if (ch === ' ' && text[text.length - 1] === ' ') continue;
      text += ch; map.push([node, i]);
    }
  }
  var starts = [];
  for (var at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) starts.push(at);
  var start = starts[args.occurrence];
  if (start === undefined) return { error: 'phrase "' + phrase + '" occurs ' + starts.length + ' times; ` +
  `wanted occurrence ' + args.occurrence };
  var first = map[start], last = map[start + phrase.length - 1];
  var range = document.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);
  if (args.scroll) {
    var el = first[0].parentElement;
    if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  var rects = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0 && r.height > 0; });
  var r = rects[0] || range.getBoundingClientRect();
  // Whether a DealLens mark (a CSS highlight range) overlaps the phrase; null where the browser has none.
  var marked = null;
  if (window.CSS && CSS.highlights) {
    marked = false;
    CSS.highlights.forEach(function (h, name) {
      if (marked || name.indexOf('deallens-') !== 0 || name === 'deallens-active') return;
      h.forEach(function (m) {
        try {
          if (m.compareBoundaryPoints(Range.END_TO_START, range) < 0 && ` +
  `m.compareBoundaryPoints(Range.START_TO_END, range) > 0) marked = true;
        } catch (e) { /* a range in another root */ }
      });
    });
  }
  return { x: r.x, y: r.y, width: r.width, height: r.height, occurrences: starts.length, marked: marked };
})`;
