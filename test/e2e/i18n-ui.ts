// The extension's own pages in the browser's language: the popup, the options page and the explorer
// show the locale's words and none of the English words of their messages (feed data such as deal
// titles stays as the feed writes it, so it is left out of the check). Used by i18n.e2e.ts.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { readLocale } from '../unit/locales';
import { openExplorer, waitUntilSeeded } from './explore-helpers';
import type { Extension } from './harness';

/** Message keys of the interface's own words (popup, options, explorer, welcome, legend, deal cards,
 *  sync, errors). */
const UI_KEY =
  /^(popup|opt|explore|sync|words|deal|count|err|feedUrl|match|myDeals|show|company|welcome|legend|mark|command)/;

/** The English words a page in `lang` must not show: every fixed part (between the $n slots) of the
 *  interface's English messages that the locale writes differently, a word of five letters or more. */
function englishWords(lang: string): string[] {
  const local = readLocale(lang);
  const parts = new Set<string>();
  for (const [key, { message }] of Object.entries(english)) {
    if (!UI_KEY.test(key) || local[key]?.message === message) continue;
    for (const part of message.replace(/\$\$/g, '$').split(/\$\d/)) {
      const words = part.replace(/^[\s.,;:()·→“”]+|[\s.,;:()·→“”…]+$/g, '');
      if (/[A-Za-z]{5}/.test(words) && !Object.values(local).some((m) => m.message.includes(words))) parts.add(words);
    }
  }
  return [...parts];
}

/** Where the feed's or the page's own words show (titles, sources, names, quoted text). */
const FEED_TEXT =
  '.deal-title, .sources, .page-text, .company-name, .deal-parties, td button, td a, .deal-buttons button, ' +
  'datalist, svg .labels';

/** The page's text as written (textContent: headings styled in capitals stay as the message has
 *  them; SVG titles included), without the feed's own words. */
const uiText = (page: Page, root = 'body') =>
  page.locator(root).evaluate((el, feedText) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(feedText).forEach((e) => e.remove());
    return copy.textContent ?? '';
  }, FEED_TEXT);

/** No English words of the interface's messages, and no element id twice (headings label their
 *  sections by id, which must not come from words a Japanese title has none of). */
export async function expectNoEnglish(page: Page, lang: string, root = 'body'): Promise<void> {
  const text = await uiText(page, root);
  expect(englishWords(lang).filter((w) => text.includes(w))).toEqual([]);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

/** A page whose number formats cannot be told (no lang, words of two languages): the popup says how
 *  many figures it left unmarked, in `lang`'s words and plural form (`expected`). */
export function unclearInLocale(lang: string, ext: () => Extension, expected: string) {
  it(`says in ${lang} how many figures were left unmarked`, async () => {
    const page = await ext().openPage('articles/unclear-formats.html');
    let unclear = 0;
    for (let i = 0; i < 40 && !unclear; i++) {
      unclear =
        (
          await ext()
            .pageSummary(page)
            .catch(() => null)
        )?.unclear ?? 0;
      if (!unclear) await page.waitForTimeout(250);
    }
    expect(unclear).toBe(2);
    const popup = await ext().openPopup(await ext().tabIdOf(page));
    await expect.poll(() => popup.locator('.unclear').textContent(), { timeout: 8000 }).toBe(expected);
    await ext().screenshot(popup, `i18n-${lang}-popup-unclear`);
    await popup.close();
    await page.close();
  });
}

/** The popup's report cards in `lang` for English articles (the interface follows the browser, not
 *  the page): one deal the list has (the Colossus lease, matched on parties and amount) and one it
 *  lacks (the Vellmar round). `words` must all show; a screenshot of the cards. */
export function reportsInLocale(lang: string, ext: () => Extension, words: string[]) {
  it(`writes the popup's report cards in ${lang}`, async () => {
    await waitUntilSeeded(ext());
    const texts: string[] = [];
    for (const [n, article] of ['ui/colossus-article.html', 'articles/my-deals-vellmar-corvane.html'].entries()) {
      const page = await ext().openPage(article);
      const popup = await ext().openPopup(await ext().tabIdOf(page));
      await popup.locator('.report').first().waitFor({ timeout: 15_000 });
      await popup.locator('.report-list').evaluate((l) => l.scrollIntoView());
      texts.push(await uiText(popup, '.report-list'));
      await expectNoEnglish(popup, lang);
      await ext().screenshot(popup, `i18n-${lang}-popup-reports-${n + 1}`);
      await popup.close();
      await page.close();
    }
    for (const w of words) expect(texts.join('\n')).toContain(w);
  });
}

/** The options page and the explorer in `lang`: their words, no English left, a screenshot of each. */
export function pagesInLocale(
  lang: string,
  ext: () => Extension,
  words: { welcome: string[]; options: string[]; explorer: string[] },
) {
  it(`shows the welcome page in ${lang}, its shortcuts described in the locale's words`, async () => {
    const welcome = await ext().context.newPage();
    await welcome.goto(`chrome-extension://${ext().id}/welcome.html`);
    await welcome.locator('.legend').waitFor();
    const text = await uiText(welcome);
    for (const w of words.welcome) expect(text).toContain(w);
    expect(await welcome.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await expectNoEnglish(welcome, lang);
    await ext().screenshot(welcome, `i18n-${lang}-welcome`, { fullPage: true });
    await welcome.close();
  });

  it(`shows the options page in ${lang}`, async () => {
    const options = await ext().openOptions();
    await options.locator('.feed-row').first().waitFor({ timeout: 20_000 });
    const text = await uiText(options);
    for (const w of words.options) expect(text).toContain(w);
    await expectNoEnglish(options, lang);
    await ext().screenshot(options, `i18n-${lang}-options`, { fullPage: true });
    await options.close();
  });

  it(`shows the explorer in ${lang}: network, timeline and table`, async () => {
    await waitUntilSeeded(ext());
    const page = await openExplorer(ext());
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await page.locator('.network-side').waitFor();
    await ext().screenshot(page, `i18n-${lang}-explore-network`);
    const tabs = page.getByRole('tab');
    await tabs.nth(1).click();
    await page.locator('.timeline svg').waitFor();
    await ext().screenshot(page, `i18n-${lang}-explore-timeline`);
    await tabs.nth(2).click();
    await page.locator('.table-view table').waitFor();
    await ext().screenshot(page, `i18n-${lang}-explore-table`);
    const text = await uiText(page);
    for (const w of words.explorer) expect(text).toContain(w);
    await expectNoEnglish(page, lang);
    await page.close();
  });
}
