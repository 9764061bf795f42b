import type { MarkStyle } from '../../lib/figures/kinds';
import { t, type MessageKey } from '../../lib/i18n';
import { FIGURE_KINDS } from '../../lib/figures/kinds';
import { markDecoration } from '../../lib/dom/marks';

const UNDERLINE: Record<MarkStyle, MessageKey> = {
  solid: 'markSolid',
  dotted: 'markDotted',
  dashed: 'markDashed',
  double: 'markDouble',
  wavy: 'markWavy',
};

/** The marks drawn exactly as on a page: the registry's colour and underline shape for each kind
 *  (lib/dom/marks.ts's decoration), light or dark with the page's colour scheme. `small` is the
 *  popup's one-line form. */
export function Legend({ small = false }: { small?: boolean }) {
  return (
    <ul class={`legend${small ? ' small' : ''}`} aria-label={t('legendLabel')}>
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
            {small ? k.label : k.legend.sample}
          </span>
          {!small && (
            <span class="legend-text">
              <strong>{k.heading}</strong> ({t(UNDERLINE[k.markStyle])}): {k.legend.meaning}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
