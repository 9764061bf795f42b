// The language an HTML file declares: the <html lang>, else the first element's lang (the nearest one
// to the text for a fragment). A bounded scan of the first tag attributes; no HTML is built.
const HTML_LANG = /<html\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3})/i;
const ANY_LANG = /<[a-z][a-z0-9]*\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3})/i;

export function htmlLang(html: string): string | undefined {
  return (HTML_LANG.exec(html) ?? ANY_LANG.exec(html))?.[1];
}
