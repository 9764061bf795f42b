import type { SiteMode } from '../../lib/settings';
import { Toggle } from '../ui/Toggle';
import { t } from '../../lib/i18n';

interface SiteControlsProps {
  host: string | null;
  mode: SiteMode | undefined;
  siteOn: boolean;
  paused: boolean;
  onSiteChange: (on: boolean) => void;
  onPauseChange: (paused: boolean) => void;
}

/** The two switches a reader reaches for most: this site, and everything. Both apply at once (the
 *  content script watches the same storage). */
export function SiteControls({ host, mode, siteOn, paused, onSiteChange, onPauseChange }: SiteControlsProps) {
  const perSite = host !== null && mode !== 'on-click';
  return (
    <div class="site-controls">
      <Toggle
        checked={perSite && siteOn}
        disabled={!perSite || paused}
        onChange={onSiteChange}
        description={host ? t('popupMarkOn', host) : t('popupNotAvailable')}
      >
        {t('popupOnThisSite')}
      </Toggle>
      <Toggle checked={paused} onChange={onPauseChange} description={t('popupPauseAllHelp')}>
        {t('popupPauseAll')}
      </Toggle>
    </div>
  );
}
