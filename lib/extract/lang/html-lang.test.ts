import { describe, expect, it } from 'vitest';
import { htmlLang } from './html-lang';

describe('htmlLang', () => {
  it('reads the <html lang>, then the first element lang, else nothing', () => {
    expect(htmlLang('<!doctype html><html class="x" lang="de-AT"><body><p>Text</p></body></html>')).toBe('de-AT');
    expect(htmlLang("<html lang='ja'><body lang='en'></body></html>")).toBe('ja');
    expect(htmlLang('<html><body><article lang="ko"><p>본문</p></article></body></html>')).toBe('ko');
    expect(htmlLang('<html><body><p>no language</p></body></html>')).toBeUndefined();
    expect(htmlLang('<p>slang="x" is not an attribute</p>')).toBeUndefined();
  });
});
