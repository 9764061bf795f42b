// The filtered rows as CSV (RFC 4180 quoting). Text cells that a spreadsheet would run as a
// formula (= + - @, or a leading tab/CR that some strip first) get a leading apostrophe:
// feed text is not ours and must not execute in the reader's spreadsheet.
import type { DealRow } from './rows';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = [
  'id',
  'announced',
  'title',
  'kind',
  'status',
  'parties',
  'value as reported',
  'annual USD',
  'total USD',
  'disclosed USD',
  'sources',
];

export function dealsCsv(rows: readonly DealRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const r of rows) {
    const d = r.deal;
    lines.push(
      [
        d.id,
        d.announced,
        d.title,
        d.kind,
        d.status,
        d.parties.map((p) => `${p.name} (${p.role})`).join('; '),
        r.valueText,
        r.annualUsd,
        r.totalUsd,
        r.disclosedUsd,
        d.sources.map((s) => s.url).join(' '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
