import { t } from '../../lib/i18n';
import { Legend } from '../ui/Legend';
import { Section } from '../ui/Section';

export interface Shortcut {
  description: string;
  /** The keys as the browser has them now ('' when the reader removed the shortcut). */
  keys: string;
}

interface WelcomeHost {
  shortcuts: Shortcut[];
  openSample(): void;
}

/** The first-run page: what the marks mean, the keys, the privacy promise, and a try-out. */
export function WelcomeApp({ host }: { host: WelcomeHost }) {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="lede">{t('welcomeLede')}</p>
      <Section title={t('welcomeMarks')}>
        <Legend />
      </Section>
      <Section title={t('welcomeKeyboard')}>
        <ul class="shortcuts">
          {host.shortcuts.map((s) => (
            <li key={s.description}>
              {s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('welcomeNoShortcut')}</span>} {s.description}
            </li>
          ))}
          <li>
            <kbd>Esc</kbd> {t('welcomeEscape')}
          </li>
        </ul>
        <p class="muted">{t('welcomeShortcutsHelp')}</p>
      </Section>
      <Section title={t('welcomePrivacy')}>
        <p class="privacy">{t('welcomePrivacyText')}</p>
      </Section>
      <p>
        <button type="button" class="primary" onClick={host.openSample}>
          {t('welcomeOpenSample')}
        </button>
      </p>
    </main>
  );
}
