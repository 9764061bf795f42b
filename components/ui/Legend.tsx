import type { MentionType } from '../../lib/figures/kinds';
import { FIGURE_KINDS } from '../../lib/figures/kinds';
import { markDecoration } from '../../lib/dom/marks';

/** What each kind of mark stands for, in the reader's words (one entry per registry kind). */
const MEANING: Record<MentionType, { sample: string; meaning: string }> = {
  money: { sample: '$2.4 billion', meaning: 'a sum of money, with its yearly value and how it compares' },
  gpu: { sample: '50,000 GPUs', meaning: 'a number of chips (GPUs, TPUs), with their model when named' },
  power: { sample: '300 megawatts', meaning: 'electric power of a data centre or a deal' },
  company: { sample: 'Examplecorp', meaning: 'a company, with the known deals it took part in' },
};

/** The marks drawn exactly as on a page: the registry's colour and underline shape for each kind
 *  (lib/dom/marks.ts's decoration), light or dark with the page's colour scheme. `small` is the
 *  popup's one-line form. */
export function Legend({ small = false }: { small?: boolean }) {
  return (
    <ul class={`legend${small ? ' small' : ''}`} aria-label="What the marks mean">
      {FIGURE_KINDS.map((k) => (
        <li key={k.type} class="legend-item">
          <span
            class="legend-mark"
            data-kind={k.type}
            style={{
              '--mark-light': markDecoration({ line: k.color.light, style: k.markStyle }),
              '--mark-dark': markDecoration({ line: k.color.dark, style: k.markStyle }),
            }}
          >
            {small ? k.label : MEANING[k.type].sample}
          </span>
          {!small && (
            <span class="legend-text">
              <strong>{k.heading}</strong> ({k.markStyle} underline): {MEANING[k.type].meaning}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
