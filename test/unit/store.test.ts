// The store listings (store/<lang>.md) in every interface language: the name, the short description
// the manifest carries (extDescription, within the stores' 132 characters) and a long description
// of its own in that language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_ROOT, readLocale } from './locales';

const STORE = join(__dirname, '../../store');
const LOCALES = readdirSync(LOCALES_ROOT).sort();

/** "# Name", then two "## " sections: the short description and the long one. */
function listing(lang: string) {
  const text = readFileSync(join(STORE, `${lang}.md`), 'utf8');
  const [head, short, long] = text.split(/^## .*$/m).map((s) => s.trim());
  return { name: head.replace(/^# /, ''), short, long: long ?? '' };
}

describe('store listings', () => {
  it('exist for every interface language', () => {
    const files = readdirSync(STORE).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(LOCALES);
  });
  it.each(LOCALES)('%s: name, the manifest’s short description, a long description', (lang) => {
    const { name, short, long } = listing(lang);
    const messages = readLocale(lang);
    expect(name).toBe(messages.extName.message);
    expect(short).toBe(messages.extDescription.message);
    expect([...short].length).toBeLessThanOrEqual(132);
    expect([...long].length).toBeGreaterThan(400);
  });
  it('are each in their own language, not a copy of the English one', () => {
    const english = listing('en').long;
    for (const lang of LOCALES.filter((l) => l !== 'en')) expect(listing(lang).long).not.toBe(english);
  });
});
