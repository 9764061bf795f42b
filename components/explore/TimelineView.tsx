import { useMemo, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import { DEAL_KIND_LABEL, DEAL_KINDS } from './labels';
import type { DealRow } from './rows';
import { bucketRows, niceCeil, type Granularity } from './timeline';

const W = 1000;
const H = 320;
const PAD = { left: 64, right: 8, top: 12, bottom: 28 };

/** Disclosed deal value per month or quarter, stacked by deal kind; the selected company's part
 *  of each bar is outlined. */
export function TimelineView({ rows, selected }: { rows: DealRow[]; selected: string }) {
  const [g, setG] = useState<Granularity>('quarter');
  const buckets = useMemo(() => bucketRows(rows, g, selected), [rows, g, selected]);
  const max = niceCeil(Math.max(0, ...buckets.map((b) => b.totalUsd)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = buckets.length ? plotW / buckets.length : plotW;
  const barW = Math.max(1, step * 0.8);
  const y = (usd: number) => PAD.top + plotH - (usd / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const present = DEAL_KINDS.filter((k) => buckets.some((b) => b.byKind[k]));

  return (
    <div class="timeline">
      <fieldset class="granularity">
        <legend>Per</legend>
        {(['month', 'quarter'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="granularity" value={v} checked={g === v} onChange={() => setG(v)} /> {v}
          </label>
        ))}
      </fieldset>
      {buckets.length === 0 ? (
        <p class="muted">No deals match the filters.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Disclosed deal value per ${g}`}>
          <g class="axis">
            {ticks.map((t) => (
              <g key={t}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} class="grid" />
                <text x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
                  {formatMoney(t, 'USD')}
                </text>
              </g>
            ))}
          </g>
          {buckets.map((b, i) => {
            const x = PAD.left + i * step + (step - barW) / 2;
            let top = PAD.top + plotH;
            const label =
              `${b.key}: ${formatMoney(b.totalUsd, 'USD')} in ${formatCount(b.deals)} deal${b.deals === 1 ? '' : 's'}` +
              (selected && b.selectedDeals
                ? `; ${selected}: ${formatMoney(b.selectedUsd, 'USD')} in ${formatCount(b.selectedDeals)}`
                : '');
            const yearStart = b.key.endsWith('-01') || b.key.endsWith('-Q1') || i === 0;
            return (
              <g
                key={b.key}
                class="bucket"
                tabindex={b.deals ? 0 : undefined}
                aria-label={b.deals ? label : undefined}
                data-bucket={b.key}
              >
                <title>{label}</title>
                {DEAL_KINDS.map((k) => {
                  const v = b.byKind[k];
                  if (!v) return null;
                  const h = (v / max) * plotH;
                  top -= h;
                  return <rect key={k} class={`d-${k}`} x={x} y={top} width={barW} height={h} />;
                })}
                {b.selectedUsd > 0 && (
                  <rect
                    class="selected-part"
                    x={x - 1}
                    y={y(b.selectedUsd)}
                    width={barW + 2}
                    height={(b.selectedUsd / max) * plotH}
                  />
                )}
                {b.selectedDeals > 0 && b.selectedUsd === 0 && (
                  <circle class="selected-dot" cx={x + barW / 2} cy={PAD.top + plotH - 4} r={3} />
                )}
                {yearStart && (
                  <text class="year" x={x} y={H - 8}>
                    {b.key.slice(0, 4)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
      <ul class="legend" aria-label="Deal kinds">
        {present.map((k) => (
          <li key={k}>
            <span class={`swatch d-${k}`} aria-hidden="true" />
            {DEAL_KIND_LABEL[k]}
          </li>
        ))}
        {selected && (
          <li>
            <span class="swatch selected-part" aria-hidden="true" />
            deals of {selected}
          </li>
        )}
      </ul>
    </div>
  );
}
