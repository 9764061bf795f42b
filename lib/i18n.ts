// The interface's words in the reader's language, through the browser's i18n API and the
// messages in public/_locales/<lang>/messages.json. Keys are typed from the English file, so a key
// that is not there fails tsc. Messages use $1…$9 for what is filled in (both Chrome and Firefox
// substitute them); a literal dollar sign is written $$.
//
// The browser is read natively (chrome.i18n / browser.i18n: getMessage is synchronous in both), so
// the content script needs no polyfill for it. Where there is no i18n API (unit tests, the CLI),
// messages come from a source installed with useMessages (test/unit/i18n-setup.ts installs English).
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** Keys that come as a pair `<key>_one` / `<key>_other`, chosen by the count (see plural). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

type Substitution = string | number;
/** A messages.json file's shape: each key's message (and the description for translators). */
export type Messages = Record<string, { message: string; description?: string }>;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

let installed: { messages: Messages; lang: string } | null = null;

/** Messages for places without the browser's i18n (unit tests, the CLI). null goes back to the browser. */
export function useMessages(messages: Messages | null, lang = 'en'): void {
  installed = messages ? { messages, lang } : null;
}

function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** The same substitution the browsers do: $1…$9 from the list, $$ for a dollar sign. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The message of `key` with $1… filled in; the key itself when no message is found, so a gap shows. */
export function t(key: MessageKey, ...subs: Substitution[]): string {
  const strings = subs.map(String);
  if (installed) {
    const entry = installed.messages[key];
    return entry ? substitute(entry.message, strings) : key;
  }
  try {
    return browserI18n()?.getMessage(key, strings.length ? strings : undefined) || key;
  } catch {
    return key;
  }
}

/** The interface's language as a BCP-47 tag ('de', 'en-GB', 'ja'); 'en' where nothing says. It is
 *  the language of the messages the browser chose (their `locale` entry), so figures are written the
 *  way the words around them are, made more precise by getUILanguage() when that is the same
 *  language ('de' → 'de-CH'). (Chromium started headless with LANGUAGE set picks the messages by it
 *  but still reports getUILanguage() 'en-US'.) */
export function uiLanguage(): string {
  if (installed) return installed.lang;
  try {
    const api = browserI18n();
    const messages = api?.getMessage('locale') || 'en';
    const browser = api?.getUILanguage() ?? '';
    return browser.split('-')[0].toLowerCase() === messages.toLowerCase() ? browser : messages;
  } catch {
    return 'en';
  }
}

/** The one/other form of a counted message, by the UI language's plural rules (Japanese has one
 *  form, so 'other' always; French counts 0 and 1 as 'one'). The count is $1. */
export function plural(key: PluralKey, count: number, ...more: Substitution[]): string {
  const form = pluralForm(uiLanguage(), count);
  return t(`${key}_${form}` as MessageKey, formatInteger(count), ...more);
}

export function pluralForm(lang: string, count: number): 'one' | 'other' {
  try {
    return new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

function formatInteger(n: number): string {
  try {
    return Math.round(n).toLocaleString(uiLanguage());
  } catch {
    return String(Math.round(n));
  }
}

/** An extension page in the interface's language: <html lang> for screen readers and hyphenation,
 *  and the page title when it has words of its own. */
export function localizePage(doc: Document, title?: MessageKey): void {
  doc.documentElement.lang = uiLanguage();
  if (title) doc.title = t(title);
}
