import type { SiteMode } from '../../lib/settings';
import { Toggle } from '../ui/Toggle';

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
        description={host ? `Mark figures on ${host}` : 'Not available on this page'}
      >
        On this site
      </Toggle>
      <Toggle checked={paused} onChange={onPauseChange} description="Stop marking figures on every site">
        Pause everywhere
      </Toggle>
    </div>
  );
}
