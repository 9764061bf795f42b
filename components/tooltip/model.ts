// The tooltip's content as plain data: labeled lines (some marked as estimates with their
// assumptions) and deals to show as cards. Pure, so every number a reader sees is unit-tested;
// Tooltip.tsx only lays it out.
import type { MentionType } from '../../lib/extract/types';
import type { Deal } from '../../lib/feed/types';
import { figureKind } from '../../lib/figures/kinds';
import { readingWords } from '../../lib/figures/words';
import { companyLines, gpuLines, powerLines } from './lines';
import { fleetModels, moneyLines } from './money-lines';
import type { Line, TooltipInput } from './input';
import { plural, t } from '../../lib/i18n';
import { canSave } from '../../lib/deals/my-deals-match';

export type { Line, TooltipInput } from './input';

export interface TooltipModel {
  type: MentionType;
  heading: string;
  asWritten: string;
  /** The deal this figure or company belongs to, in words, and whether the deal list has it. */
  reading?: { words: string; status: string; canSave: boolean };
  lines: Line[];
  dealsHeading?: string;
  deals: Deal[];
}

/** The heading over the matched deal: the deal list's, or the reader's own (My deals). */
const matchHeading = (m: NonNullable<TooltipInput['match']>) =>
  m.mine ? t('myDealsInList', m.why) : t('tipInListHeading', m.why);

/** The cached deal the mention's reading reports: never a deal matched on a number alone. */
function dealsFor(input: TooltipInput): { heading?: string; deals: Deal[] } {
  return input.match ? { heading: matchHeading(input.match), deals: [input.match.deal] } : { deals: [] };
}

/** The reading line: what the deal is, then whether the deal list (or My deals) has it; a reading
 *  neither has can be saved. */
function readingOf(input: TooltipInput): TooltipModel['reading'] {
  const { reading, match } = input;
  if (!reading) return undefined;
  return {
    words: readingWords(reading),
    status: !match ? t('tipNotInList') : t(match.mine ? 'myDealsStatus' : 'tipInList', match.why),
    canSave: canSave(reading, match),
  };
}

export function buildTooltip(input: TooltipInput): TooltipModel {
  const { mention } = input;
  const reading = readingOf(input);
  const base = {
    type: mention.type,
    heading: figureKind(mention.type).heading,
    asWritten: mention.text,
    ...(reading ? { reading } : {}),
  };
  if (mention.type === 'company') {
    const { lines, deals } = companyLines(mention, input);
    return {
      ...base,
      heading: mention.canonical,
      lines,
      ...(input.match
        ? { dealsHeading: matchHeading(input.match), deals: [input.match.deal] }
        : { dealsHeading: deals.length ? t('tipLatestDeals') : undefined, deals }),
    };
  }
  const { heading, deals } = dealsFor(input);
  // The reading's accelerators size the implied price; a count in the matched deal stands in for them.
  const readGpu = input.reading?.gpus ?? null;
  const dealGpu = deals.find((d) => d.gpus?.count)?.gpus;
  const gpuCount = readGpu?.count ?? dealGpu?.count ?? null;
  // Every model the deal names: several make a mixed fleet, which no one market range prices.
  const models = readGpu ? fleetModels(readGpu.model) : (dealGpu?.modelKeys ?? fleetModels(dealGpu?.model));
  const lines =
    mention.type === 'money'
      ? moneyLines(mention, input, gpuCount ? { count: gpuCount, models, fromDeal: !readGpu } : null)
      : mention.type === 'gpu'
        ? gpuLines(mention, input)
        : powerLines(mention, input);
  return { ...base, lines, dealsHeading: heading, deals };
}

/** One line of plain text per tooltip, for the live region and the popup. */
export function tooltipText(model: TooltipModel): string {
  const parts = [`${model.heading}: ${model.asWritten}.`];
  if (model.reading) parts.push(t('tipLiveDeal', model.reading.words, model.reading.status));
  for (const l of model.lines) parts.push(`${l.label}: ${l.value}${l.assumptions ? ` ${t('liveEstimate')}` : ''}.`);
  if (model.deals.length) parts.push(plural('liveDeals', model.deals.length));
  return parts.join(' ');
}
