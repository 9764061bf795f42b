// Feed format v1 as ONE valibot schema: sync, import, the CLI and the build script validate with
// it, and data/feed.schema.json is emitted from it (scripts/build-feed.ts). Field-level rules live
// here; rules across records (duplicate ids) live in validate.ts. Unknown keys are dropped, so a
// later additive field never reaches the cache unvalidated.
import * as v from 'valibot';
import type { Feed } from './types';
import { FEED_FORMAT, FEED_VERSION } from './types';
import { mixedScriptProblem } from './mixed-script';

export const LIMITS = {
  name: 200,
  title: 500,
  note: 4000,
  url: 2048,
  companies: 50_000,
  deals: 200_000,
  listItems: 100,
  currencies: 300,
  amount: 1e15, // no single deal is near $1 quadrillion: beyond it is a unit error
  watts: 1e12, // 1 TW
  gpus: 1e8,
} as const;

// Bidi embedding/override/isolate controls can make "Nvidia" display as something else; C0
// controls (other than tab and newline) have no place in feed text. Both are rejected, not
// stripped: a feed that carries them is broken or hostile, and silently editing names would
// make records differ from their source.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `expected at most ${max} characters`),
    v.check((s) => !BIDI.test(s), 'bidirectional control characters are not allowed'),
    v.check((s) => !CONTROL.test(s), 'control characters are not allowed'),
  );
const name = v.pipe(
  text(LIMITS.name),
  v.minLength(1, 'expected a non-empty string'),
  v.check(
    (s) => !mixedScriptProblem(s),
    (issue) => `name ${mixedScriptProblem(String(issue.input))}`,
  ),
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day and a year between 1900 and 2200. */
function isSaneDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}
const date = (pattern: RegExp, what: string) =>
  v.pipe(v.string(), v.regex(pattern, `expected ${what}`), v.check(isSaneDate, `expected a real date (${what})`));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const announced = date(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM-DD or YYYY-MM');
const sourceDate = date(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
const webUrl = v.pipe(text(LIMITS.url), v.check(isWebUrl, 'expected an http(s) URL'));

const num = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.finite('expected a finite number'),
    v.minValue(min, `expected a number >= ${min}`),
    v.maxValue(max, `expected a number <= ${max}`),
  );
const count = (max: number) => v.pipe(num(0, max), v.integer('expected an integer'));
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.listItems) =>
  v.pipe(v.array(item), v.maxLength(max, `expected at most ${max} items`));

const CompanySchema = v.object({
  name,
  aliases: list(name),
  ticker: v.nullable(v.pipe(text(20), v.minLength(1))),
  kind: v.picklist(['ai-lab', 'hyperscaler', 'neocloud', 'chipmaker', 'investor', 'energy', 'other']),
});

const SourceSchema = v.object({
  url: webUrl,
  title: text(LIMITS.title),
  date: v.nullable(sourceDate),
});

const DealSchema = v.object({
  id: v.pipe(
    text(LIMITS.name),
    v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'expected a slug id (letters, digits, . _ : -)'),
  ),
  title: text(LIMITS.title),
  kind: v.picklist([
    'compute-lease',
    'cloud-contract',
    'investment',
    'chip-supply',
    'acquisition',
    'joint-venture',
    'funding-round',
    'capex',
    'power',
  ]),
  parties: v.pipe(
    list(
      v.object({
        name,
        role: v.picklist(['buyer', 'seller', 'investor', 'investee', 'acquirer', 'target', 'partner']),
      }),
    ),
    v.minLength(1, 'expected at least one party'),
  ),
  announced,
  value: v.nullable(
    v.object({
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like USD')),
      amount: v.nullable(num(0, LIMITS.amount)),
      period: v.nullable(v.picklist(['month', 'quarter', 'year'])),
      termMonths: v.nullable(count(1200)),
      total: v.nullable(num(0, LIMITS.amount)),
      note: v.nullable(text(LIMITS.note)),
    }),
  ),
  gpus: v.nullable(
    v.object({
      count: v.nullable(count(LIMITS.gpus)),
      model: v.nullable(text(LIMITS.title)),
      modelKeys: v.optional(list(name, 20)),
    }),
  ),
  powerWatts: v.nullable(num(0, LIMITS.watts)),
  location: v.nullable(text(LIMITS.title)),
  status: v.picklist(['confirmed', 'reported', 'rumored']),
  sources: list(SourceSchema),
});

const priceRange = { low: num(0, 1e9), high: num(0, 1e9) };

const AcceleratorSchema = v.object({
  model: name,
  vendor: name,
  architecture: v.nullable(name),
  boardPowerWatts: num(0, 1e6),
  boardPowerNote: v.optional(v.nullable(text(LIMITS.note))),
  unitPriceUsd: v.nullable(v.object({ ...priceRange, note: v.optional(v.nullable(text(LIMITS.note))) })),
  cloudPricePerGpuHour: list(v.object({ ...priceRange, tier: text(LIMITS.title), asOf: text(40), source: webUrl })),
  sources: list(SourceSchema),
});

const FxTableSchema = v.object({
  date: date(DAY, 'YYYY-MM-DD'),
  base: v.literal('USD'),
  usdPer: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like EUR')), num(1e-9, 1e6)),
    v.maxEntries(LIMITS.currencies),
  ),
  source: text(LIMITS.note),
});

export const FeedSchema = v.object({
  format: v.literal(FEED_FORMAT),
  version: v.literal(FEED_VERSION),
  generatedAt: v.pipe(
    v.string(),
    v.isoTimestamp('expected an ISO timestamp'),
    v.check((s) => isSaneDate(s.slice(0, 10)), 'expected a real date'),
  ),
  companies: list(CompanySchema, LIMITS.companies),
  deals: list(DealSchema, LIMITS.deals),
  reference: v.object({ accelerators: list(AcceleratorSchema), fx: FxTableSchema }),
  tombstones: v.optional(
    v.object({ companies: list(name, LIMITS.companies), deals: list(text(LIMITS.name), LIMITS.deals) }),
  ),
});

// Compile-time proof that the schema and the hand-written contract (types.ts) agree both ways.
type Output = v.InferOutput<typeof FeedSchema>;
const _toFeed = (o: Output): Feed => o;
const _fromFeed = (f: Feed): Output => f;
void _toFeed;
void _fromFeed;
