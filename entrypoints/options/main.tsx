import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsHost } from '../../components/options/OptionsApp';
import '../../components/ui/theme';
import '../../components/options/options.css';

const host: OptionsHost = {
  // Called first thing in the "Add feed" click so the browser sees the user gesture.
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
};

localizePage(document, 'optionsTitle');
render(<OptionsApp host={host} />, document.getElementById('app')!);
