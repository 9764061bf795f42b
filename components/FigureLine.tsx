import type { Line } from './tooltip/model';
import { t } from '../lib/i18n';

/** One labeled figure. Estimates carry an "estimate" tag and their assumptions behind a
 *  <details> toggle (native: keyboard and screen readers handle it). */
export function FigureLine({ line }: { line: Line }) {
  return (
    <div class="line">
      <div class="line-main">
        <span class="label">{line.label}</span>
        <span class="value">{line.value}</span>
        {line.assumptions && <span class="tag">{t('tipEstimate')}</span>}
      </div>
      {line.note && <div class="note">{line.note}</div>}
      {line.assumptions && (
        <details class="assumptions">
          <summary>{t('tipAssumptions')}</summary>
          <ul>
            {line.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
