import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { LOCALES_ROOT, readLocale } from '../test/unit/locales';
import { plural, pluralForm, substitute, t, uiLanguage, useMessages } from './i18n';

const LOCALES = readdirSync(LOCALES_ROOT);
const read = readLocale;
const placeholders = (message: string) =>
  [...new Set(message.match(/\$[$1-9]/g) ?? [])].filter((p) => p !== '$$').sort();
// A dollar sign is $$ in a message: a lone $ is dropped or misread by the browsers.
const loneDollar = (message: string) => message.replace(/\$[$1-9]/g, '').includes('$');

describe('the locale files', () => {
  it('cover English plus German, French, Spanish and Japanese', () => {
    expect(LOCALES.sort()).toEqual(['de', 'en', 'es', 'fr', 'ja']);
  });
  it.each(LOCALES)('%s has every English key, the same placeholders, no empty message', (lang) => {
    const messages = read(lang);
    for (const [key, { message }] of Object.entries(english)) {
      expect(messages[key], `${lang}: ${key}`).toBeDefined();
      expect(messages[key].message.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(messages[key].message), `${lang}: ${key}`).toEqual(placeholders(message));
      expect(loneDollar(messages[key].message), `${lang}: ${key}`).toBe(false);
      // "$2$3" reads as the named placeholder "$2$" to Chrome, which then refuses the whole locale.
      expect(messages[key].message.replace(/\$\$/g, ''), `${lang}: ${key}`).not.toMatch(/\$\d+\$/);
    }
    expect(Object.keys(messages).filter((k) => !(k in english))).toEqual([]);
  });
  it.each(LOCALES)('%s keeps the manifest description within the stores’ 132 characters', (lang) => {
    expect([...read(lang).extDescription.message].length).toBeLessThanOrEqual(132);
  });
  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated: few messages are the English words', (lang) => {
    // Some are the same in both ("$1 ($2)", "Status", a brand name); a block copied over untranslated is not.
    const messages = read(lang);
    const same = Object.keys(english).filter((k) => /[a-z]{3}/i.test(messages[k].message.replace(/\$\d/g, '')));
    const untranslated = same.filter((k) => messages[k].message === english[k as keyof typeof english].message);
    expect(untranslated.length / same.length, untranslated.join(', ')).toBeLessThan(0.06);
  });
  it('use key names the browsers accept and pair every one/other form', () => {
    for (const key of Object.keys(english)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      if (key.endsWith('_one')) expect(english).toHaveProperty(key.replace(/_one$/, '_other'));
    }
  });
});

describe('t and plural', () => {
  afterEach(() => useMessages(english));

  it('fills $1…$9 as the browsers do and keeps $$ as a dollar sign', () => {
    expect(substitute('$2 of $1 ($$)', ['a', 'b'])).toBe('b of a ($)');
  });
  it('reads the installed messages (English in unit tests)', () => {
    expect(t('popupSiteOff', 'example.com')).toBe('DealLens is off on example.com.');
    expect(uiLanguage()).toBe('en');
  });
  it('chooses one or other by the language’s plural rules', () => {
    expect(plural('popupUnclear', 1)).toBe('1 figure left unmarked: number format unclear');
    expect(plural('popupUnclear', 2)).toBe('2 figures left unmarked: number format unclear');
    useMessages(read('fr'), 'fr');
    expect(plural('popupUnclear', 0)).toBe('0 chiffre non marqué : format de nombre ambigu');
    useMessages(read('de'), 'de');
    expect(plural('popupFigures', 1500)).toBe('1.500 Zahlen');
    expect(pluralForm('ja', 1)).toBe('other');
  });
  it('reads the browser’s i18n API when no messages are installed', () => {
    useMessages(null);
    const g = globalThis as { browser?: unknown; chrome?: unknown };
    const before = { browser: g.browser, chrome: g.chrome };
    g.browser = undefined;
    let browserLanguage = 'de-CH';
    g.chrome = {
      i18n: {
        getMessage: (k: string, s?: string[]) => (k === 'locale' ? 'de' : `${k}:${(s ?? []).join(',')}`),
        getUILanguage: () => browserLanguage,
      },
    };
    try {
      expect(t('popupSiteOff', 'x')).toBe('popupSiteOff:x');
      expect(uiLanguage()).toBe('de-CH');
      // Messages German, browser reporting another language: figures follow the words.
      browserLanguage = 'en-US';
      expect(uiLanguage()).toBe('de');
    } finally {
      Object.assign(g, before);
    }
  });
});
