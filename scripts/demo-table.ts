// The short table `npm start` prints in headless mode: one line per figure the extension found.
import type { Mention } from '../lib/extract/types';
import { formatCount, formatMoney, formatMoneyRange, formatPrice, formatWatts } from '../lib/figures/format';
import { annualize } from '../lib/figures/period';
import { toUsd } from '../lib/figures/fx';
import type { FxTable } from '../lib/feed/types';

const PER: Record<string, string> = { month: '/month', quarter: '/quarter', year: '/year', 'one-time': '' };

/** What a mention means, in the same words the tooltip uses; other currencies converted with `fx`
 *  (the dated table of the feed the run uses), the one conversion point. */
export function describeMention(m: Mention, fx?: FxTable): string {
  switch (m.type) {
    case 'company':
      return m.canonical;
    case 'money': {
      if (m.vague || m.amount === undefined) return `vague amount (${m.currency})`;
      // Small amounts (share prices, $/GPU-hour) keep their cents.
      const small = m.amount < 1e4 && m.amountHigh === undefined;
      const value =
        (small ? formatPrice(m.amount, m.currency) : formatMoneyRange(m.amount, m.amountHigh, m.currency)) +
        PER[m.period];
      const perYear = annualize(m.amount, m.period);
      const yearly = perYear !== null && m.period !== 'year' ? ` = ${formatMoney(perYear, m.currency)}/year` : '';
      const inUsd = m.currency !== 'USD' && fx ? toUsd(m.amount, m.currency, fx) : undefined;
      const usd = inUsd !== undefined ? ` ≈ ${formatMoney(inUsd)}` : '';
      const term = m.termMonths ? ` over ${m.termMonths} months` : '';
      return value + yearly + usd + term;
    }
    case 'gpu': {
      if (m.vague || m.count === undefined) return `vague count${m.model ? ` of ${m.model}` : ''}`;
      const count = m.countHigh ? `${formatCount(m.count)}–${formatCount(m.countHigh)}` : formatCount(m.count);
      const what = [m.vendor, m.model].filter(Boolean).join(' ') || 'accelerators';
      return `${count} × ${what}${m.equivalent ? ' (equivalents)' : ''}`;
    }
    case 'power':
      if (m.vague || m.watts === undefined) return 'vague power figure';
      return m.wattsHigh ? `${formatWatts(m.watts)}–${formatWatts(m.wattsHigh)}` : formatWatts(m.watts);
  }
}

/** Fixed-width table of the figures (type, the page's text, what it means), then the companies
 *  on one line, each named once. */
export function mentionTable(mentions: Mention[], fx?: FxTable): string {
  const rows = mentions
    .filter((m) => m.type !== 'company')
    .map((m) => [m.type, clip(m.text.replace(/\s+/g, ' '), 32), describeMention(m, fx)]);
  const companies = [...new Set(mentions.flatMap((m) => (m.type === 'company' ? [m.canonical] : [])))];
  const all = [['type', 'on the page', 'meaning'], ...rows];
  const widths = [0, 1].map((c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`;
  return [
    line(all[0]),
    line(widths.map((w) => '-'.repeat(w)).concat('-------')),
    ...rows.map(line),
    '',
    `companies (${companies.length}): ${companies.join(', ') || 'none'}`,
  ].join('\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
