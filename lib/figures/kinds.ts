// The registry of figure kinds: everything the surfaces need to know about a kind of mention, in
// one entry each. Marks, tooltip, popup, options, legend and scorer iterate this list instead of
// keeping their own copies (a new kind is one entry here plus its reader in lib/extract).
// Pure data: no DOM, no browser. Labels and headings are read in the interface's language when
// used (getters over lib/i18n), so the registry stays the one list.
import { t } from '../i18n';

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
  /** Mark and chip colour on light and dark backgrounds (CSS colours). */
  color: { light: string; dark: string };
  markStyle: MarkStyle;
  /** Order in which lookups and summaries list kinds (lower first). */
  rank: number;
}

export const FIGURE_KINDS: readonly FigureKind[] = [
  {
    type: 'money',
    get label() {
      return t('kindMoneyLabel');
    },
    get heading() {
      return t('kindMoneyHeading');
    },
    color: { light: 'rgb(21 128 61)', dark: 'rgb(74 222 128)' },
    markStyle: 'solid',
    rank: 0,
  },
  {
    type: 'gpu',
    get label() {
      return t('kindGpuLabel');
    },
    get heading() {
      return t('kindGpuHeading');
    },
    color: { light: 'rgb(126 34 206)', dark: 'rgb(192 132 252)' },
    markStyle: 'double',
    rank: 1,
  },
  {
    type: 'power',
    get label() {
      return t('kindPowerLabel');
    },
    get heading() {
      return t('kindPowerHeading');
    },
    color: { light: 'rgb(194 65 12)', dark: 'rgb(251 146 60)' },
    markStyle: 'dashed',
    rank: 2,
  },
  {
    type: 'company',
    get label() {
      return t('kindCompanyLabel');
    },
    get heading() {
      return t('kindCompanyHeading');
    },
    color: { light: 'rgb(29 78 216)', dark: 'rgb(96 165 250)' },
    markStyle: 'dotted',
    rank: 3,
  },
];

const BY_TYPE = new Map(FIGURE_KINDS.map((k) => [k.type, k]));

/** The registry entry of a mention type (every MentionType has one; a test says so). */
export function figureKind(type: MentionType): FigureKind {
  return BY_TYPE.get(type)!;
}
