// What a page script (and a WebDriver BiDi evaluate, which runs as the page) can learn about the
// tooltip: the shadow root is closed, so only where the host paints. Firefox's BiDi reaches no
// content-script world, so its tests see the tooltip this way (text is read in Chromium, through
// the content script's world: tooltip-reader.ts) and look at it in a screenshot.
export const TOOLTIP_SEEN_FROM_PAGE_JS =
  `(function () {
  var host = document.querySelector('[data-deallens="tooltip"]');
  if (!host) return null;
  var hits = 0, minX = 1e9, maxX = -1, minY = 1e9, maxY = -1;
  for (var y = 4; y < innerHeight; y += 8) for (var x = 4; x < innerWidth; x += 8) {
    if (document.elementsFromPoint(x, y).indexOf(host) < 0) continue;
    hits++; minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return hits ? { shadowRoot: host.shadowRoot === null ? 'closed' : 'open', text: host.innerText, ` +
  `width: maxX - minX + 8, height: maxY - minY + 8 } : null;
})()`;
