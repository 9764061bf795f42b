import { plural, t } from '../../lib/i18n';
import { useMemo, useState } from 'preact/hooks';
import { formatMoney } from '../../lib/figures/format';
import { DealButtons } from './DealButtons';
import { DEAL_KINDS } from './labels';
import { KIND_WORDS } from '../../lib/figures/words';
import type { DealRow } from './rows';
import { bucketRows, niceCeil, rowsInBucket, type Granularity } from './timeline';
import { useRoving } from './useRoving';

const dealsIn = (key: string) => t('exploreDealsIn', key);
/** A bar's spoken label: its period (or company), value and number of deals. */
const barLabel = (key: string, usd: number, deals: number) =>
  t('exploreBar', key, formatMoney(usd, 'USD'), plural('countDeals', deals));

const W = 1000;
const H = 320;
// The left pad holds the axis labels, as long as "500 Mrd. $" or "1,5 Bio. $" in German.
const PAD = { left: 84, right: 8, top: 12, bottom: 28 };

/** Disclosed deal value per month or quarter, stacked by deal kind; the selected company's part
 *  of each bar is outlined. */
export function TimelineView({
  rows,
  selected,
  onOpenDeal,
}: {
  rows: DealRow[];
  selected: string;
  onOpenDeal(id: string): void;
}) {
  const [g, setG] = useState<Granularity>('quarter');
  const [picked, setPicked] = useState('');
  const buckets = useMemo(() => bucketRows(rows, g, selected), [rows, g, selected]);
  const withDeals = useMemo(() => buckets.filter((b) => b.deals).map((b) => b.key), [buckets]);
  const roving = useRoving(withDeals, picked, 'bucket');
  const pickedRows = useMemo(
    () => (picked ? rowsInBucket(rows, picked, g, selected) : []),
    [rows, picked, g, selected],
  );
  const pick = (key: string) => setPicked((p) => (p === key ? '' : key));
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
        <legend>{t('explorePer')}</legend>
        {(['month', 'quarter'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="granularity"
              value={v}
              checked={g === v}
              onChange={() => {
                setG(v);
                setPicked('');
              }}
            />{' '}
            {t(v === 'month' ? 'exploreMonth' : 'exploreQuarter')}
          </label>
        ))}
      </fieldset>
      {buckets.length === 0 ? (
        <p class="muted">{t('exploreNoMatch')}</p>
      ) : (
        <div class="chart-scroll">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            role="group"
            aria-label={t(g === 'month' ? 'exploreValuePerMonth' : 'exploreValuePerQuarter')}
            onKeyDown={roving.onKeyDown}
          >
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
                barLabel(b.key, b.totalUsd, b.deals) +
                (selected && b.selectedDeals ? `; ${barLabel(selected, b.selectedUsd, b.selectedDeals)}` : '');
              const yearStart = b.key.endsWith('-01') || b.key.endsWith('-Q1') || i === 0;
              return (
                <g
                  key={b.key}
                  class={`bucket${picked === b.key ? ' picked' : ''}`}
                  tabindex={b.deals ? (b.key === roving.tabStop ? 0 : -1) : undefined}
                  role={b.deals ? 'button' : undefined}
                  aria-pressed={b.deals ? picked === b.key : undefined}
                  aria-label={b.deals ? label : undefined}
                  data-bucket={b.deals ? b.key : undefined}
                  onClick={b.deals ? () => pick(b.key) : undefined}
                  onKeyDown={(e) => {
                    if (b.deals && (e.key === 'Enter' || e.key === ' ')) {
                      e.preventDefault();
                      pick(b.key);
                    }
                  }}
                >
                  {/* The whole column answers the pointer, not only the painted part. */}
                  <rect class="hit" x={x} y={PAD.top} width={barW} height={plotH} />
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
        </div>
      )}
      {picked && pickedRows.length > 0 ? (
        <section class="bucket-deals" aria-label={dealsIn(picked)}>
          <h2>{dealsIn(picked)}</h2>
          <DealButtons label={dealsIn(picked)} rows={pickedRows} onOpenDeal={onOpenDeal} />
        </section>
      ) : (
        buckets.length > 0 && <p class="muted">{t('exploreTimelineHint')}</p>
      )}
      <ul class="legend" aria-label={t('exploreDealKinds')}>
        {present.map((k) => (
          <li key={k}>
            <span class={`swatch d-${k}`} aria-hidden="true" />
            {KIND_WORDS[k]}
          </li>
        ))}
        {selected && (
          <li>
            <span class="swatch selected-part" aria-hidden="true" />
            {t('exploreDealsOfLegend', selected)}
          </li>
        )}
      </ul>
    </div>
  );
}
