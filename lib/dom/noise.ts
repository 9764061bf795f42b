// Page furniture that sits inside or beside the article but is not its prose: share bars,
// screen-reader-only labels, related-story cards, promos, comment threads, copyright lines and
// "Read more" links. Read from attributes and a block's first words only (no layout, no style
// lookups), so the same test runs in the page and over a parsed HTML file in Node.

/** Class or id words of furniture. Whole words of the name ("share-bar", "sr-only",
 *  "related_links"), so "shared-content" or "sharpe" are not caught. */
const FURNITURE_WORDS =
  'share sharing social sr-only visually-hidden screen-reader-text screenreader a11y-hidden offscreen related ' +
  'recommended recirc newsletter promo advert advertisement ad-slot comments? copyright username user-name ' +
  'most-read popular sidebar rail';
const FURNITURE = new RegExp(String.raw`(?:^|[\s_-])(?:${FURNITURE_WORDS.replaceAll(' ', '|')})(?:$|[\s_-])`, 'i');

/** Paragraphs that point elsewhere or sign off: "Read more: …", "Related: …", "© 2019 …". */
const LEAD = /^\s*(?:read more\b|related\b|see also\b|also read\b|more on this\b|recommended\b|©|copyright\b)/i;

/** Tags whose first words are checked (small blocks: their text is short to read). */
const LEAD_CHECKED = new Set(['P', 'LI', 'SMALL', 'DD']);

/** Inline styles that hide text from sight but not from the DOM: clip rects, 1px boxes,
 *  visibility:hidden, display:none. */
const HIDDEN_STYLE = new RegExp(
  `(?:${[
    String.raw`visibility\s*:\s*hidden`,
    String.raw`display\s*:\s*none`,
    String.raw`clip\s*:\s*rect\(\s*(?:0|1px)`,
    String.raw`clip-path\s*:\s*inset\(\s*50%`,
    String.raw`(?:^|;)\s*width\s*:\s*1px`,
  ].join('|')})`,
  'i',
);

/** True for an element that is page furniture, not article prose (see the file comment). */
export function isNoise(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && FURNITURE.test(cls)) return true;
  const id = el.getAttribute('id');
  if (id && FURNITURE.test(id)) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const tag = el.tagName.toUpperCase();
  if (tag.startsWith('AMP-') && (tag === 'AMP-SOCIAL-SHARE' || tag === 'AMP-SIDEBAR')) return true;
  if (LEAD_CHECKED.has(tag)) {
    if (LEAD.test(leadText(el))) return true;
  }
  return false;
}

/** The first ~40 characters of an element's text, read through its first descendants only. */
function leadText(el: Element): string {
  let out = '';
  for (let n: Node | null = el.firstChild; n && out.length < 40;) {
    if (n.nodeType === 3) out += (n as Text).data;
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  return out;
}
