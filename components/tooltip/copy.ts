// What the tooltip's copy button puts on the clipboard. Pure.
import type { TooltipModel } from './model';
import { t } from '../../lib/i18n';

/** The figure's normalized value alone ("$15B a year"), when it has one worth copying. */
export function copyFigure(model: TooltipModel): string | null {
  if (model.type === 'company') return null;
  const none = new Set([t('tipNotStated'), t('tipUnknown'), t('tipNotNamed')]);
  const line = model.lines.find((l) => l.value && !none.has(l.value));
  return line ? line.value : null;
}

/** The reading as a sentence, with the page it was read on:
 *  `“$1.25 billion a month” (Money figure): Per year $15B; … Read on https://…`. */
export function copySentence(model: TooltipModel, pageUrl: string): string {
  // The deal this figure belongs to, when it was read: that sentence is the reading worth copying.
  if (model.reading) return `${model.reading.words} (${model.reading.status}). ${t('tipReadOn', pageUrl)}`;
  const what =
    model.type === 'company'
      ? `${model.heading} (${t('kindCompanyHeading')})`
      : `“${model.asWritten}” (${model.heading})`;
  const lines = model.lines.map((l) => `${l.label} ${l.value}${l.assumptions ? ` (${t('tipEstimate')})` : ''}`);
  const deals = model.deals.map((d) => d.title).filter(Boolean);
  const parts = [lines.join('; '), deals.length ? t('tipCopyDeals', deals.join('; ')) : ''].filter(Boolean);
  return `${what}: ${parts.join('. ')}. ${t('tipReadOn', pageUrl)}`;
}
