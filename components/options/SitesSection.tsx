import * as settings from '../../lib/settings';
import type { SiteMode } from '../../lib/settings';
import { Section } from '../ui/Section';
import { useStorageItem } from '../ui/useStorageItem';
import { SiteListEditor } from './SiteListEditor';

const MODES: [SiteMode, string, string][] = [
  ['all', 'On all sites', 'Except the sites switched off below.'],
  ['listed', 'Only on sites I list', 'Only the sites switched on below.'],
  ['on-click', 'Only when I click the toolbar button', 'Nothing runs until you open DealLens on a page.'],
];

/** Where DealLens runs: the mode and its two lists. */
export function SitesSection() {
  const [mode, setMode] = useStorageItem(settings.siteMode);
  const [disabled, setDisabled] = useStorageItem(settings.disabledSites);
  const [enabled, setEnabled] = useStorageItem(settings.enabledSites);
  return (
    <Section title="Sites" id="sites">
      <fieldset class="choices">
        <legend>Mark figures</legend>
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
              {label} <span class="muted">— {help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="site-lists">
        <SiteListEditor
          id="disabled-sites"
          label="Sites switched off"
          sites={disabled ?? []}
          onChange={(s) => void setDisabled(s)}
          note={mode === 'all' ? 'DealLens leaves these sites alone.' : 'Used when marking on all sites.'}
        />
        <SiteListEditor
          id="enabled-sites"
          label="Sites switched on"
          sites={enabled ?? []}
          onChange={(s) => void setEnabled(s)}
          note={mode === 'listed' ? 'DealLens marks only these sites.' : 'Used when marking only listed sites.'}
        />
      </div>
    </Section>
  );
}
