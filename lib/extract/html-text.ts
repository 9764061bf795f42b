// Article text from an HTML string, dependency-free and linear: the body of <article> (or <main>,
// or <body>), without script/style/nav/header/footer/aside, block elements as line breaks and
// entities decoded. The CLI uses it for .html files; the content script reads the live DOM instead.

const SKIP = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'template',
  'svg',
  'form',
  'button',
  'select',
  'iframe',
  'figure',
  'head',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'hr',
]);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  euro: '€',
  pound: '£',
  yen: '¥',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

function readTag(html: string, lt: number): Tag | null {
  const gt = html.indexOf('>', lt + 1);
  if (gt < 0) return null;
  const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
  if (!m) return { name: '', closing: false, end: gt + 1 };
  return { name: m[2].toLowerCase(), closing: m[1] === '/', end: gt + 1 };
}

/** The text inside the first <tag>…</tag> of the document, or null. */
function inner(html: string, tag: string): string | null {
  const lower = html.toLowerCase();
  const open = lower.search(new RegExp(`<${tag}[\\s>]`));
  if (open < 0) return null;
  const close = lower.lastIndexOf(`</${tag}`);
  const startTag = html.indexOf('>', open);
  return close > startTag ? html.slice(startTag + 1, close) : html.slice(startTag + 1);
}

export function htmlToText(html: string): string {
  const root = inner(html, 'article') ?? inner(html, 'main') ?? inner(html, 'body') ?? html;
  let out = '';
  let skipDepth = 0;
  let skipName = '';
  let i = 0;
  while (i < root.length) {
    const lt = root.indexOf('<', i);
    const chunk = root.slice(i, lt < 0 ? root.length : lt);
    if (skipDepth === 0) out += chunk;
    if (lt < 0) break;
    if (root.startsWith('<!--', lt)) {
      const endComment = root.indexOf('-->', lt + 4);
      i = endComment < 0 ? root.length : endComment + 3;
      continue;
    }
    const tag = readTag(root, lt);
    if (!tag) break; // an unterminated tag at the end: drop it
    i = tag.end;
    if (skipDepth > 0) {
      if (tag.name === skipName) skipDepth += tag.closing ? -1 : 1;
      continue;
    }
    if (SKIP.has(tag.name) && !tag.closing && !root.slice(lt, tag.end).endsWith('/>')) {
      skipDepth = 1;
      skipName = tag.name;
      continue;
    }
    if (BLOCK.has(tag.name)) out += '\n';
  }
  return decode(out)
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
