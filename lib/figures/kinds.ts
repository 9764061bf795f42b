// The registry of figure kinds: everything the surfaces need to know about a kind of mention, in
// one entry each. Marks, tooltip, popup, options, legend and scorer iterate this list instead of
// keeping their own copies (a new kind is one entry here plus its reader in lib/extract).
// Pure data: no DOM, no browser. Labels and headings are read in the interface's language when
// used (getters over lib/i18n), so the registry stays the one list.
import { t, type MessageKey } from '../i18n';

/** The kinds of mention the extractor produces (lib/extract's MentionType is this union). */
export type MentionType = 'company' | 'money' | 'gpu' | 'power';

/** How a kind's mark is underlined: a shape as well as a colour, so no reader depends on colour alone. */
export type MarkStyle = 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';

export interface FigureKind {
  type: MentionType;
  /** Plural label for lists and settings ("Money figures"). */
  label: string;
  /** Tooltip heading for one mention ("Money figure"). */
  heading: string;
  /** Short heading of a group of these figures in the popup ("Money"). */
  group: string;
  /** The legend's example words for this mark ("$2 billion") and what the mark means. */
  legend: { sample: string; meaning: string };
  /** Mark and chip colour on light and dark backgrounds (CSS colours). */
  color: { light: string; dark: string };
  markStyle: MarkStyle;
  /** Order in which lookups and summaries list kinds (lower first). */
  rank: number;
}

type Words = 'label' | 'heading' | 'group';
type Data = Omit<FigureKind, Words | 'legend'>;

/** An entry whose words are message keys, read in the interface's language on each use (getters). */
function kind(
  data: Data,
  words: Record<Words, MessageKey>,
  legend: Record<'sample' | 'meaning', MessageKey>,
): FigureKind {
  const read = <K extends string>(keys: Record<K, MessageKey>) =>
    Object.defineProperties(
      {},
      Object.fromEntries(
        Object.entries<MessageKey>(keys).map(([k, key]) => [k, { get: () => t(key), enumerable: true }]),
      ),
    ) as Record<K, string>;
  return Object.defineProperties(
    { ...data, legend: read(legend) },
    Object.getOwnPropertyDescriptors(read(words)),
  ) as FigureKind;
}

export const FIGURE_KINDS: readonly FigureKind[] = [
  kind(
    { type: 'money', color: { light: 'rgb(21 128 61)', dark: 'rgb(74 222 128)' }, markStyle: 'solid', rank: 0 },
    { label: 'kindMoneyLabel', heading: 'kindMoneyHeading', group: 'popupGroupMoney' },
    { sample: 'legendMoneySample', meaning: 'legendMoneyMeaning' },
  ),
  kind(
    { type: 'gpu', color: { light: 'rgb(126 34 206)', dark: 'rgb(192 132 252)' }, markStyle: 'double', rank: 1 },
    { label: 'kindGpuLabel', heading: 'kindGpuHeading', group: 'kindGpuLabel' },
    { sample: 'legendGpuSample', meaning: 'legendGpuMeaning' },
  ),
  kind(
    { type: 'power', color: { light: 'rgb(194 65 12)', dark: 'rgb(251 146 60)' }, markStyle: 'dashed', rank: 2 },
    { label: 'kindPowerLabel', heading: 'kindPowerHeading', group: 'kindPowerLabel' },
    { sample: 'legendPowerSample', meaning: 'legendPowerMeaning' },
  ),
  kind(
    { type: 'company', color: { light: 'rgb(29 78 216)', dark: 'rgb(96 165 250)' }, markStyle: 'dotted', rank: 3 },
    { label: 'kindCompanyLabel', heading: 'kindCompanyHeading', group: 'kindCompanyLabel' },
    { sample: 'legendCompanySample', meaning: 'legendCompanyMeaning' },
  ),
];

const BY_TYPE = new Map(FIGURE_KINDS.map((k) => [k.type, k]));

/** The registry entry of a mention type (every MentionType has one; a test says so). */
export function figureKind(type: MentionType): FigureKind {
  return BY_TYPE.get(type)!;
}
