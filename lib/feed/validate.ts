// The one feed validator: raw text → size check → nesting check → JSON.parse → schema → rules across
// records. Every error names the JSON path and what was expected, e.g.
// "deals[3].value.amount: expected number, got string".
import * as v from 'valibot';
import { FeedSchema } from './schema';
import type { Feed } from './types';

/** Default limit on a feed body. The bundled 92-deal feed is ~170 KB; 10,000 deals ≈ 10–20 MB. */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;
/** The format nests at most 5 levels (reference.accelerators[].cloudPricePerGpuHour[]{}). */
export const MAX_DEPTH = 8;
const MAX_ERRORS = 50;

export type Validation = { ok: true; feed: Feed } | { ok: false; errors: string[] };

export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest [ / { nesting outside strings. Linear; run before JSON.parse so a hostile
 *  "[[[[…" never reaches the parser's recursion. */
export function jsonDepth(s: string): number {
  let depth = 0,
    max = 0,
    inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${out ? '.' : ''}${key}`
          : `[${JSON.stringify(key)}]`;
  }
  return out || '(feed)';
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const at = pathOf(issue);
  if (issue.kind === 'schema') {
    if (issue.type === 'object' && issue.input === undefined && issue.path?.length) return `${at}: missing (required)`;
    const expected = issue.type === 'picklist' ? `one of ${issue.expected}` : issue.expected;
    const got =
      issue.type === 'literal' || issue.type === 'picklist'
        ? JSON.stringify(issue.input)?.slice(0, 60)
        : describe(issue.input);
    return `${at}: expected ${expected}, got ${got}`;
  }
  // Validation issues carry the messages written in schema.ts; valibot's defaults are readable too.
  return `${at}: ${issue.message.replace(/^Invalid \w+: /, '')}`;
}

function duplicates(values: string[], label: string, at: (i: number) => string): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  values.forEach((value, i) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else errors.push(`${at(i)}: duplicate ${label} ${JSON.stringify(value)} (first at ${at(seen)})`);
  });
  return errors;
}

/** A feed may not both carry a record and remove it. */
function contradictions(tombstones: string[], present: Set<string>, at: string): string[] {
  return tombstones.flatMap((key, i) =>
    present.has(key) ? [`${at}[${i}]: ${JSON.stringify(key)} is also a record in this feed`] : [],
  );
}

/** Validates an already-parsed value. */
export function validateFeed(value: unknown): Validation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [`(feed): expected an object, got ${describe(value)}`] };
  }
  // abortPipeEarly: one message per field (the first rule it breaks), not a cascade.
  const result = v.safeParse(FeedSchema, value, { abortPipeEarly: true });
  if (!result.success) return { ok: false, errors: result.issues.slice(0, MAX_ERRORS).map(issueMessage) };
  const feed = result.output as Feed;
  const errors = [
    ...duplicates(
      feed.deals.map((d) => d.id),
      'id',
      (i) => `deals[${i}].id`,
    ),
    ...duplicates(
      feed.companies.map((c) => c.name),
      'name',
      (i) => `companies[${i}].name`,
    ),
    ...contradictions(feed.tombstones?.deals ?? [], new Set(feed.deals.map((d) => d.id)), 'tombstones.deals'),
    ...contradictions(
      feed.tombstones?.companies ?? [],
      new Set(feed.companies.map((c) => c.name)),
      'tombstones.companies',
    ),
  ];
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, feed };
}

/** Validates a feed body as received: size first, then nesting, then JSON, then the schema. */
export function parseFeedText(text: string, maxBytes = MAX_FEED_BYTES): Validation {
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return { ok: false, errors: [`(feed): body is larger than the ${maxBytes}-byte limit`] };
  }
  // A byte-order mark (editors on Windows add one) is not JSON, but is not an error worth failing on.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return { ok: false, errors: ['(feed): expected JSON, got an HTML/XML document'] };
  if (jsonDepth(text) > MAX_DEPTH) {
    return { ok: false, errors: [`(feed): nested deeper than the format allows (${MAX_DEPTH} levels)`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`(feed): not valid JSON (${(e as Error).message})`] };
  }
  return validateFeed(value);
}

/** Non-fatal remarks for the CLI: aliases claimed by two companies, parties this feed names but
 *  does not describe. */
export function feedWarnings(feed: Feed): string[] {
  const known = new Set(feed.companies.map((c) => c.name));
  const warnings: string[] = [];
  const owner = new Map<string, string>();
  feed.companies.forEach((c, i) =>
    c.aliases.forEach((a, j) => {
      const o = owner.get(a);
      if (o !== undefined && o !== c.name)
        warnings.push(`companies[${i}].aliases[${j}]: ${JSON.stringify(a)} also names ${JSON.stringify(o)}`);
      else owner.set(a, c.name);
    }),
  );
  feed.deals.forEach((d, i) =>
    d.parties.forEach((p, j) => {
      if (!known.has(p.name))
        warnings.push(`deals[${i}].parties[${j}].name: ${JSON.stringify(p.name)} is not among this feed's companies`);
    }),
  );
  return warnings;
}
