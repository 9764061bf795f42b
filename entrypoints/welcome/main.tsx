import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { WelcomeApp, type Shortcut } from '../../components/welcome/WelcomeApp';
import '../../components/ui/theme';
import '../../components/welcome/welcome.css';

// The shortcuts as the browser has them now (the reader may have changed them).
const commands = await browser.commands.getAll().catch(() => []);
const shortcuts: Shortcut[] = commands
  .filter((c) => c.name && c.description && c.name !== '_execute_action')
  .map((c) => ({ description: c.description!, keys: c.shortcut ?? '' }));

localizePage(document, 'welcomeTitle');
render(
  <WelcomeApp
    host={{
      shortcuts,
      openSample: () => void browser.tabs.create({ url: browser.runtime.getURL('/sample.html') }),
    }}
  />,
  document.getElementById('app')!,
);
