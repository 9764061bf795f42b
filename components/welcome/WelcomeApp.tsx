import { Legend } from '../ui/Legend';
import { Section } from '../ui/Section';

export interface Shortcut {
  description: string;
  /** The keys as the browser has them now ('' when the reader removed the shortcut). */
  keys: string;
}

export interface WelcomeHost {
  shortcuts: Shortcut[];
  openSample(): void;
}

/** The first-run page: what the marks mean, the keys, the privacy promise, and a try-out. */
export function WelcomeApp({ host }: { host: WelcomeHost }) {
  return (
    <main class="welcome">
      <h1>Welcome to DealLens</h1>
      <p class="lede">
        DealLens marks the figures and companies of AI compute deals in the articles you read. Point at a mark, or use
        the keyboard, to see what a figure means: its yearly value, how it compares, and the known deals behind it.
      </p>
      <Section title="What the marks mean">
        <Legend />
      </Section>
      <Section title="Keyboard">
        <ul class="shortcuts">
          {host.shortcuts.map((s) => (
            <li key={s.description}>
              {s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">no shortcut set</span>} {s.description}
            </li>
          ))}
          <li>
            <kbd>Esc</kbd> Close the explanation
          </li>
        </ul>
        <p class="muted">
          Change the keys in your browser's extension shortcuts (chrome://extensions/shortcuts, or Firefox's add-on
          settings, "Manage extension shortcuts"). They do nothing while you type in a field.
        </p>
      </Section>
      <Section title="Your privacy">
        <p class="privacy">
          DealLens reads pages on your own computer and sends nothing about what you read anywhere; it only downloads
          the deal lists you choose.
        </p>
      </Section>
      <p>
        <button type="button" class="primary" onClick={host.openSample}>
          Open the sample article
        </button>
      </p>
    </main>
  );
}
