// The interface in the reader's language: Chromium started with its UI locale set (LANGUAGE and
// --lang), a German and a Japanese article of the project's own hovered. The tooltip reads the
// figures written the local way (4,5 Gigawatt = 4.5 GW; 3000億円 = ¥300 billion) and shows them in
// the locale's number forms; the tooltip's headings and the popup are in the locale's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';
import { expectNoEnglish, pagesInLocale, reportsInLocale, unclearInLocale } from './i18n-ui';

/** Intl's no-break spaces read as spaces, so expectations stay legible. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function summarized(ext: Extension, page: Page) {
  for (let i = 0; i < 40; i++) {
    const s = await ext.pageSummary(page).catch(() => null);
    if (s && s.mentions.length > 0) return s;
    await page.waitForTimeout(250);
  }
  throw new Error(`page never summarized: ${page.url()}`);
}

async function closeTooltip(ext: Extension, page: Page) {
  await page.keyboard.press('Escape');
  await ext.tooltip.waitFor(page, 'hidden');
}

function inLocale(lang: string, posix: string, check: (ext: () => Extension) => void) {
  describe(`with the browser in ${lang}`, () => {
    let ext: Extension;
    beforeAll(async () => {
      ext = await launchExtension({ args: [`--lang=${lang}`], env: { LANGUAGE: lang, LANG: posix, LC_ALL: posix } });
    });
    afterAll(async () => {
      await ext?.close();
    });
    it('reports the UI language to the extension', async () => {
      const popup = await ext.openPopup();
      const reported = await popup.evaluate(() => {
        const i18n = (globalThis as any).chrome.i18n;
        return { ui: i18n.getUILanguage() as string, messages: i18n.getMessage('locale') as string };
      });
      console.log(`UI language ${lang}: getUILanguage() ${reported.ui}, messages in ${reported.messages}`);
      expect(reported.messages).toMatch(new RegExp(`^${lang}`));
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      await popup.close();
    });
    check(() => ext);
  });
}

inLocale('de', 'de_DE.UTF-8', (ext) => {
  it('reads 4,5 Gigawatt as 4.5 GW and writes it the German way, under a German heading', async () => {
    const page = await ext().openPage('articles/de-rechenzentrum.html');
    await summarized(ext(), page);
    await ext().hoverText(page, '4,5 Gigawatt');
    const text = plain(await ext().readTooltip(page));
    expect(text.toLowerCase()).toContain('leistung');
    expect(text).toMatch(/4,5 GW/);
    expect(text).not.toMatch(/45 GW|4\.5 GW/);
    expect(text).toContain('Zahl kopieren');
    expect(text).toContain('Esc zum Schließen');
    // Every line's words in German too: labels, values and the estimate's tag.
    expect(text).toMatch(/Energie pro Jahr\s+[\d,]+ TWh/);
    expect(text).not.toMatch(/Energy a year|Could run|Power\b/);
    await ext().screenshot(page, 'i18n-de-tooltip-power');
    await closeTooltip(ext(), page);
    await ext().hoverText(page, '2,4 Milliarden Euro');
    const money = plain(await ext().readTooltip(page));
    expect(money.toLowerCase()).toContain('geldbetrag');
    expect(money).toMatch(/2,4 Mrd\. €/);
    await ext().screenshot(page, 'i18n-de-tooltip-money');
  });

  it('shows the popup in German with the page’s counts', async () => {
    const page = await ext().openPage('articles/de-rechenzentrum.html');
    const summary = await summarized(ext(), page);
    const figures = summary.mentions.filter((m) => m.type !== 'company').length;
    const popup = await ext().openPopup(await ext().tabIdOf(page));
    await expect.poll(() => popup.locator('.counts').innerText(), { timeout: 8000 }).toContain(`${figures} Zahlen`);
    const body = await popup.locator('body').textContent();
    expect(body).toContain('Auf dieser Website');
    expect(body).toContain('Deals in diesem Artikel');
    expect(body).toContain('Jetzt synchronisieren');
    expect(await popup.title()).toBe('DealLens');
    await expectNoEnglish(popup, 'de');
    await ext().screenshot(popup, 'i18n-de-popup', { fullPage: true });
    await popup.close();
  });

  unclearInLocale('de', ext, '2 Zahlen nicht markiert: Zahlenformat unklar');

  reportsInLocale('de', ext, [
    'Anthropic (Käufer) zahlt xAI (Verkäufer) 1,25 Mrd. $ pro Monat',
    'In Ihrer Deal-Liste: gleiche Parteien und gleicher Betrag',
    'Noch nicht in Ihrer Deal-Liste',
  ]);

  pagesInLocale('de', ext, {
    welcome: ['Willkommen bei DealLens', 'Nächste Markierung auf der Seite erklären'],
    options: [
      'Automatisch synchronisieren',
      'Feed hinzufügen',
      'Feed-Datei importieren',
      'Lesespur',
      'Zuletzt erfolgreich',
    ],
    explorer: ['Suche', 'Gegenpartei', 'Filter zurücksetzen', 'CSV exportieren', 'Laut Quelle', 'Tabelle'],
  });
});

inLocale('ja', 'ja_JP.UTF-8', (ext) => {
  it('reads 3000億円 and 2万基 and shows them in Japanese forms, under Japanese headings', async () => {
    const page = await ext().openPage('articles/ja-keisan.html');
    const summary = await summarized(ext(), page);
    const money = summary.mentions.find((m) => m.type === 'money');
    expect(money && 'amount' in money ? [money.currency, money.amount] : null).toEqual(['JPY', 3e11]);
    await ext().hoverText(page, '3000億円');
    const text = plain(await ext().readTooltip(page));
    expect(text).toContain('金額');
    expect(text).toMatch(/3000億/);
    expect(text).toContain('数字をコピー');
    await ext().screenshot(page, 'i18n-ja-tooltip-money');
    await closeTooltip(ext(), page);
    await ext().hoverText(page, '2万基');
    const gpus = plain(await ext().readTooltip(page));
    expect(gpus).toContain('アクセラレータ');
    expect(gpus).toMatch(/20,000/);
    expect(gpus).toMatch(/数量\s+20,000/);
    expect(gpus).not.toMatch(/Count|Model|Board power/);
    await ext().screenshot(page, 'i18n-ja-tooltip-gpu');
  });

  it('shows the popup in Japanese', async () => {
    const page = await ext().openPage('articles/ja-keisan.html');
    await summarized(ext(), page);
    const popup = await ext().openPopup(await ext().tabIdOf(page));
    await expect.poll(() => popup.locator('.counts').innerText(), { timeout: 8000 }).toMatch(/数字 \d+件/);
    const body = await popup.locator('body').textContent();
    expect(body).toContain('このサイトで');
    expect(body).toContain('この記事の取引');
    await expectNoEnglish(popup, 'ja');
    await ext().screenshot(popup, 'i18n-ja-popup', { fullPage: true });
    await popup.close();
  });

  unclearInLocale('ja', ext, '数字 2件は未マーク：数値の書式が不明確');

  reportsInLocale('ja', ext, [
    'Anthropic（買い手）がxAI（売り手）に月額 $12.5億',
    '取引リストにあり: 当事者と金額が一致',
    'まだ取引リストにありません',
  ]);

  pagesInLocale('ja', ext, {
    welcome: ['DealLensへようこそ', 'ページ上の次のマークを解説'],
    options: ['自動同期', 'フィードを追加', 'フィードファイルをインポート', '閲覧履歴', '最終成功'],
    explorer: ['検索', '相手方', '絞り込みを解除', 'CSV をエクスポート', '報道どおり', 'タイムライン'],
  });
});
