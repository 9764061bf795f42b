import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupHost } from '../../components/popup/usePopupData';
import '../../components/ui/theme';
import '../../components/popup/popup.css';

// `popup.html?tabId=N` summarizes tab N (end-to-end tests open the popup in a tab of its own).
const host: PopupHost = {
  async resolveTab() {
    const forced = Number(new URLSearchParams(location.search).get('tabId'));
    const tab =
      Number.isInteger(forced) && forced > 0
        ? await browser.tabs.get(forced)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

localizePage(document);
render(<PopupApp host={host} />, document.getElementById('app')!);
