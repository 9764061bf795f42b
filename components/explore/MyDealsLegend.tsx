import { t } from '../../lib/i18n';

/** The explorer's legend entry for the reader's own deals (My deals): a dashed outline, in words. */
export function MyDealsLegend() {
  return (
    <p class="mine-legend">
      <span class="mine-swatch" aria-hidden="true" />
      {t('myDealsLegend')}
    </p>
  );
}

/** The words beside a saved deal's title: the outline is not the only sign (screen readers, print). */
export function MineBadge() {
  return <span class="mine-badge">{t('myDealsBadge')}</span>;
}
