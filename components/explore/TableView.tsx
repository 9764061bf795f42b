import { plural, t, type MessageKey } from '../../lib/i18n';
import { useMemo, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '../../lib/figures/format';
import { safeHref } from '../tooltip/view';
import { DEFAULT_SORT, sortRows, type Sort, type SortKey } from './filter';
import { KIND_WORDS, roleWords, statusWords } from '../../lib/figures/words';
import { seenText, type DealRow } from './rows';
import { MineBadge } from './MyDealsLegend';

const PAGE = 100;
const COLUMNS: [SortKey | null, MessageKey][] = [
  ['announced', 'exploreColDate'],
  ['title', 'exploreColDeal'],
  [null, 'exploreColParties'],
  ['kind', 'exploreKind'],
  ['status', 'exploreStatus'],
  [null, 'exploreColReported'],
  ['annualUsd', 'exploreColAnnual'],
  ['disclosedUsd', 'exploreColDisclosed'],
  [null, 'exploreColSources'],
];
const SEEN_COLUMN: [SortKey | null, MessageKey] = [null, 'exploreColSeen'];

interface Props {
  rows: DealRow[];
  selectedDeal: string;
  onOpenDeal(id: string): void;
  onSelectCompany(name: string): void;
  onExport(rows: DealRow[]): void;
  /** Show the reading trail's "Seen in" column (the trail holds something). */
  seenColumn?: boolean;
}

const usd = (v: number | null) => (v === null ? '—' : formatMoney(v, 'USD'));

/** Every filtered deal, sortable by the column buttons, 100 rows at a time; CSV of all of them. */
export function TableView({ rows, selectedDeal, onOpenDeal, onSelectCompany, onExport, seenColumn = false }: Props) {
  const columns = seenColumn ? [...COLUMNS, SEEN_COLUMN] : COLUMNS;
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const toggle = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'title' || key === 'kind' || key === 'status' ? 'asc' : 'desc' },
    );

  return (
    <div class="table-view">
      <div class="table-tools">
        <p aria-live="polite">
          <strong>{plural('countDeals', rows.length)}</strong>
        </p>
        <button type="button" class="primary" onClick={() => onExport(sorted)} disabled={!rows.length}>
          {t('exploreExportCsv')}
        </button>
      </div>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map(([key, column]) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {key ? (
                    <button type="button" class="sort" onClick={() => toggle(key)}>
                      {t(column)}
                      {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : (
                    t(column)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((r) => (
              <tr key={r.id} data-deal={r.id} class={rowClass(r, selectedDeal)}>
                <td class="nowrap">{r.announced}</td>
                <td>
                  <button type="button" class="link" onClick={() => onOpenDeal(r.id)}>
                    {r.deal.title}
                  </button>
                  {r.mine && <MineBadge />}
                </td>
                <td>
                  {r.deal.parties.map((p, i) => (
                    <span key={`${p.name}-${p.role}`}>
                      {i > 0 && ', '}
                      <button type="button" class="link" onClick={() => onSelectCompany(p.name)}>
                        {p.name}
                      </button>
                      {/* The role as a party's words write it, the name being the button before it: " (buyer)". */}
                      <span class="muted">{t('wordsParty', '', roleWords(p.role))}</span>
                    </span>
                  ))}
                </td>
                <td>{KIND_WORDS[r.deal.kind]}</td>
                <td>
                  <span class={`status ${r.deal.status}`}>{statusWords(r.deal.status)}</span>
                </td>
                <td>{r.valueText ?? '—'}</td>
                <td class="num">{usd(r.annualUsd)}</td>
                <td class="num">{usd(r.disclosedUsd)}</td>
                <td>
                  {r.deal.sources.map((s, i) => {
                    const href = safeHref(s.url);
                    const text = `[${i + 1}]`;
                    return href ? (
                      <a
                        key={s.url}
                        href={href}
                        target="_blank"
                        rel="noopener noreferrer"
                        title={s.title}
                        aria-label={t('exploreSource', i + 1, s.title || href)}
                      >
                        {text}
                      </a>
                    ) : (
                      <span key={s.url} title={s.url}>
                        {text}
                      </span>
                    );
                  })}
                </td>
                {seenColumn && (
                  <td class="seen">
                    {r.seen.length ? r.seen.map((s) => <div key={s.host}>{seenText([s])}</div>) : '—'}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('exploreShowMore', formatCount(Math.min(PAGE, sorted.length - shown)), formatCount(sorted.length - shown))}
        </button>
      )}
    </div>
  );
}

/** A row's classes: the open deal, and the reader's own (My deals: dashed outline). */
const rowClass = (r: DealRow, selected: string) =>
  [r.id === selected ? 'selected' : '', r.mine ? 'mine' : ''].filter(Boolean).join(' ') || undefined;
