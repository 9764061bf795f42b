// The pages of the cost-over-time bench (bench/cost.bench.ts), written for it: invented companies
// and deals, a few figures per paragraph, so the mark count follows the paragraph count.

const BUYERS = ['Talvane Systems', 'Orlen Ridge', 'Marrow Cloud', 'Kestrel Forge', 'Quillfield AI', 'Brannock Labs'];
const CHIPS = ['Nvidia H100', 'Nvidia GB200', 'AMD MI300X'];

/** Paragraph `i`: money, an accelerator count, power and a known chip maker, numbers varied by `i`
 *  so no two paragraphs are the same. */
function paragraph(i: number): string {
  const buyer = BUYERS[i % BUYERS.length];
  const seller = BUYERS[(i + 3) % BUYERS.length];
  return (
    `${buyer} agreed to pay $${(i % 9) + 1}.${i % 10} billion over four years for ${(i % 40) + 5},000 ` +
    `${CHIPS[i % CHIPS.length]} accelerators from ${seller}. The site will draw ${(i % 70) + 30} MW once its ` +
    `second hall opens, and the lease is worth $${(i % 8) + 1}00 million a year, people briefed on it said.`
  );
}

const HEAD = [
  '<!doctype html><html><head><meta charset="utf-8"><meta name="deallens-bench" content="1">' +
    '<title>cost bench</title>',
  '<style>body{font:16px/1.5 serif;max-width:720px;margin:20px auto}',
  '#bar{position:fixed;top:0;left:0;height:6px;width:120px;background:#c33}',
  '#spin{position:fixed;top:12px;right:12px;width:24px;height:24px;border-radius:50%;background:#36c;' +
    'animation:pulse 1s linear infinite alternate}',
  '@keyframes pulse{from{width:24px;background:#36c}to{width:48px;background:#c63}}</style>',
].join('\n');

/** Frames counted by requestAnimationFrame; the same callback moves a bar (layout + paint every
 *  frame) while a CSS animation of width and colour runs beside it: neither can be composited away. */
const ANIMATION =
  `<script>
  window.__frames = 0;
  function tick(t) { window.__frames++; var bar = document.getElementById('bar'); ` +
  `if (bar) bar.style.left = (t / 4 % 1100) + 'px'; requestAnimationFrame(tick); }
  requestAnimationFrame(tick);
</script>`;

const PLAIN = [
  'Residents asked the county board about water use and night-time noise before the vote.',
  'The building sits on a former rail yard at the edge of town, next to a substation.',
  'Neither side would say when construction starts or who will run the site day to day.',
  'Local officials said the plan still needs a zoning change and two public hearings.',
];

/** `paragraphs` marked paragraphs, each followed by `plainAfter` paragraphs with nothing to mark
 *  (an article's usual density rather than figures on every line). */
export function animatedPage(paragraphs: number, plainAfter = 0): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    [
      `<p>${paragraph(i)}</p>`,
      ...Array.from({ length: plainAfter }, (_, k) => `<p>${PLAIN[(i + k) % PLAIN.length]}</p>`),
    ].join('\n'),
  ).join('\n');
  return (
    `${HEAD}${ANIMATION}</head><body><div id="bar"></div><div id="spin"></div>` +
    `<article><h1>Compute deals</h1>\n${body}</article></body></html>`
  );
}

/** A live page: `start` paragraphs, then one more every `everyMs` until `total`; window.__appended
 *  counts the appended ones. */
export function livePage(start: number, total: number, everyMs: number): string {
  const body = Array.from({ length: start }, (_, i) => `<p>${paragraph(i)}</p>`).join('\n');
  const texts = JSON.stringify(Array.from({ length: total - start }, (_, i) => paragraph(start + i)));
  return `${HEAD}<script>
  window.__appended = 0;
  var texts = ${texts};
  var timer = setInterval(function () {
    if (window.__appended >= texts.length) return clearInterval(timer);
    var p = document.createElement('p');
    p.textContent = texts[window.__appended++];
    document.querySelector('article').appendChild(p);
  }, ${everyMs});
</script></head><body><article><h1>Live: compute deals</h1>\n${body}</article></body></html>`;
}
