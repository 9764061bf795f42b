// The tooltip's content as plain data: labeled lines (some marked as estimates with their
// assumptions) and deals to show as cards. Pure, so every number a reader sees is unit-tested;
// Tooltip.tsx only lays it out.
import type { MentionType } from '../../lib/extract/types';
import type { Deal } from '../../lib/feed/types';
import { figureKind } from '../../lib/figures/kinds';
import { companyLines, gpuLines, moneyLines, powerLines } from './lines';
import type { Line, TooltipInput } from './input';
import { plural, t } from '../../lib/i18n';

export type { Line, TooltipInput } from './input';

export interface TooltipModel {
  type: MentionType;
  heading: string;
  asWritten: string;
  lines: Line[];
  dealsHeading?: string;
  deals: Deal[];
}

/** Deals the background matched to this figure, else the best deal between page companies. */
function dealsFor(input: TooltipInput): { heading?: string; deals: Deal[] } {
  const matches = input.lookup?.deals ?? [];
  const byFigure = matches.filter((d) => d.figureIndexes.includes(input.index));
  if (byFigure.length)
    return {
      heading: byFigure.length > 1 ? 'Matching deals' : 'Matching deal',
      deals: byFigure.slice(0, 2).map((d) => d.deal),
    };
  if (input.mention.type !== 'money') return { deals: [] };
  // A deal between two companies named in this very sentence, even when the figure differs.
  const named = new Set(input.sentenceCompanies);
  const related = matches.filter((d) => d.partiesOnPage.filter((p) => named.has(p)).length >= 2);
  return related.length
    ? { heading: 'Related deal (parties in this sentence)', deals: [related[0].deal] }
    : { deals: [] };
}

export function buildTooltip(input: TooltipInput): TooltipModel {
  const { mention } = input;
  const base = { type: mention.type, heading: figureKind(mention.type).heading, asWritten: mention.text };
  if (mention.type === 'company') {
    const { lines, deals } = companyLines(mention, input);
    return {
      ...base,
      heading: mention.canonical,
      lines,
      dealsHeading: deals.length ? 'Latest deals' : undefined,
      deals,
    };
  }
  const { heading, deals } = dealsFor(input);
  // A count in the matched deal stands in for one in the sentence.
  const dealGpu = deals.find((d) => d.gpus?.count)?.gpus;
  const gpuCount = input.sentenceGpu?.count ?? dealGpu?.count ?? null;
  const gpuModel = input.sentenceGpu ? input.sentenceGpu.model : (dealGpu?.modelKeys?.[0] ?? null);
  const lines =
    mention.type === 'money'
      ? moneyLines(mention, input, gpuCount ? { count: gpuCount, model: gpuModel, fromDeal: !input.sentenceGpu } : null)
      : mention.type === 'gpu'
        ? gpuLines(mention, input)
        : powerLines(mention, input);
  return { ...base, lines, dealsHeading: heading, deals };
}

/** One line of plain text per tooltip, for the live region and the popup. */
export function tooltipText(model: TooltipModel): string {
  const parts = [`${model.heading}: ${model.asWritten}.`];
  for (const l of model.lines) parts.push(`${l.label}: ${l.value}${l.assumptions ? ` ${t('liveEstimate')}` : ''}.`);
  if (model.deals.length) parts.push(plural('liveDeals', model.deals.length));
  return parts.join(' ');
}
