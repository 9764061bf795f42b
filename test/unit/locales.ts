// The locale files as unit tests read them, and a way to run code as a browser in that language would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useMessages, type Messages } from '../../lib/i18n';

export const LOCALES_ROOT = join(__dirname, '../../public/_locales');

export const readLocale = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_ROOT, lang, 'messages.json'), 'utf8'));

/** Installs `lang`'s messages (undo with useMessages(english) after the test). */
export const inLocale = (lang: string) => useMessages(readLocale(lang), lang);

/** Intl's no-break spaces read as spaces, so expectations stay legible. */
export const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
