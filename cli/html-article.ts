// The article text of an HTML file, read exactly as the content script reads a page: the HTML is
// parsed into a DOM (linkedom, in Node) and the page's own collection (lib/dom) finds the article
// root and collects its text, block languages included. One article-text path for the CLI, the
// feed tools and the page.
import { parseHTML } from 'linkedom';
import { collectText, findArticleRoot } from '../lib/dom/collect';
import type { LangRun } from '../lib/dom/textmap';

interface HtmlArticle {
  text: string;
  /** The document's language (`<html lang>`), when it says. */
  lang?: string;
  /** Where the language changes within the text (a quoted block `lang="de"`). */
  blocks?: LangRun[];
}

/** The DOM of an HTML string (a fragment is wrapped in a document). */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}

/** The article text of `html` as the page reads it ('' when the page has no article). */
export function articleTextFromHtml(html: string): HtmlArticle {
  const doc = parseDocument(html);
  return articleTextOf(doc, findArticleRoot(doc));
}

/** The collected text of `root` in `doc` (also used on chosen elements by the real-pages tests). */
export function articleTextOf(doc: Document, root: Element | null): HtmlArticle {
  const lang = doc.documentElement?.getAttribute('lang') || undefined;
  if (!root) return { text: '', ...(lang ? { lang } : {}) };
  const map = collectText(root);
  return { text: map.text, ...(lang ? { lang } : {}), ...(map.langs ? { blocks: map.langs } : {}) };
}
