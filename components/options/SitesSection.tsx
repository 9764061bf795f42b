import * as settings from '../../lib/settings';
import type { SiteMode } from '../../lib/settings';
import { Section } from '../ui/Section';
import { useStorageItem } from '../ui/useStorageItem';
import { SiteListEditor } from './SiteListEditor';
import { t, type MessageKey } from '../../lib/i18n';

const MODES: [SiteMode, MessageKey, MessageKey][] = [
  ['all', 'optModeAll', 'optModeAllHelp'],
  ['listed', 'optModeListed', 'optModeListedHelp'],
  ['on-click', 'optModeOnClick', 'optModeOnClickHelp'],
];

/** Where DealLens runs: the mode and its two lists. */
export function SitesSection() {
  const [mode, setMode] = useStorageItem(settings.siteMode);
  const [disabled, setDisabled] = useStorageItem(settings.disabledSites);
  const [enabled, setEnabled] = useStorageItem(settings.enabledSites);
  return (
    <Section title={t('optSites')} id="sites">
      <fieldset class="choices">
        <legend>{t('optMarkFigures')}</legend>
        {MODES.map(([value, label, help]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="site-mode"
              value={value}
              checked={mode === value}
              onChange={() => void setMode(value)}
            />
            <span>
              {t(label)} <span class="muted">— {t(help)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="site-lists">
        <SiteListEditor
          id="disabled-sites"
          label={t('optSitesOff')}
          sites={disabled ?? []}
          onChange={(s) => void setDisabled(s)}
          note={t(mode === 'all' ? 'optSitesOffNoteAll' : 'optSitesOffNote')}
        />
        <SiteListEditor
          id="enabled-sites"
          label={t('optSitesOn')}
          sites={enabled ?? []}
          onChange={(s) => void setEnabled(s)}
          note={t(mode === 'listed' ? 'optSitesOnNoteListed' : 'optSitesOnNote')}
        />
      </div>
    </Section>
  );
}
