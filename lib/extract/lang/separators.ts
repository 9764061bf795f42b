// Digits with separators read by a language's conventions: "1.500,5" (de) → "1500.5", "7,3" → "7.3",
// "15,000" in a Mexican page → "15000". A lone separator before exactly three digits is the one
// ambiguous shape; where neither the language nor the page settles it, the number is unclear (null).
import type { SeparatorRole } from './types';

/** The grouping a page shows in its unambiguous numbers: 'us' (1,234.5) or 'eu' (1.234,5), or neither. */
type PageConvention = 'us' | 'eu' | undefined;

function shape(raw: string) {
  let commas = 0,
    points = 0,
    last = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === ',' || c === '.') {
      if (c === ',') commas++;
      else points++;
      last = i;
    }
  }
  return { commas, points, last, after: last < 0 ? 0 : raw.length - last - 1 };
}

/** Evidence one number gives about the page's convention. */
function conventionOf(raw: string): PageConvention {
  const { commas, points, last, after } = shape(raw);
  if (commas && points) return raw[last] === '.' ? 'us' : 'eu';
  if (commas > 1) return 'us';
  if (points > 1) return 'eu';
  if (after !== 3 && after > 0) return raw[last] === '.' ? 'us' : 'eu';
  return undefined;
}

/** The page's convention from all its numbers: a clear majority, or undefined. */
export function pageConvention(raws: Iterable<string>): PageConvention {
  let us = 0,
    eu = 0;
  for (const raw of raws) {
    const c = conventionOf(raw);
    if (c === 'us') us++;
    else if (c === 'eu') eu++;
  }
  return us > eu * 2 ? 'us' : eu > us * 2 ? 'eu' : undefined;
}

function groupsValid(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/**
 * English-form digits ("1500.5") for a number written with the given roles, or null when unclear.
 * `comma`/`point` undefined: the language is unknown, so a lone separator before three digits is unclear.
 */
export function resolveDigits(
  raw: string,
  comma: SeparatorRole | undefined,
  point: SeparatorRole | undefined,
  page: PageConvention,
): string | null {
  const { commas, points, last, after } = shape(raw);
  if (!commas && !points) return raw;
  const lastSep = raw[last];
  if (commas && points) {
    const group = lastSep === ',' ? '.' : ',';
    if ((lastSep === ',' ? commas : points) !== 1 || !groupsValid(raw.slice(0, last), group)) return null;
    return raw.slice(0, last).split(group).join('') + '.' + raw.slice(last + 1);
  }
  const sep = commas ? ',' : '.';
  if (commas + points > 1) return groupsValid(raw, sep) ? raw.split(sep).join('') : null;
  const intPart = raw.slice(0, last);
  if (after !== 3 || /^0+$/.test(intPart)) return intPart + '.' + raw.slice(last + 1);
  let role = sep === ',' ? comma : point;
  if (role === 'page')
    role =
      page === 'us'
        ? sep === ','
          ? 'group'
          : 'decimal'
        : page === 'eu'
          ? sep === ','
            ? 'decimal'
            : 'group'
          : undefined;
  // A three-digit fraction ending in zero ("15,000", "6,600") is not how anyone writes a decimal.
  if (role === undefined && comma === 'page' && raw.endsWith('0')) role = 'group';
  if (role === 'group') return intPart + raw.slice(last + 1);
  if (role === 'decimal') return intPart + '.' + raw.slice(last + 1);
  return null;
}
