// Every request the background serves, declared once: its schema (checked at the door,
// lib/background/door.ts), who may send it, and the type of its reply. lib/messages.ts infers the
// request types from here with a type-only import, so the content script's loader bundles no
// valibot. A content script relays what it read from a page: sizes are bounded and types checked
// before anything reaches a query.
import * as v from 'valibot';
import type { Company, Deal } from './feed/types';
import { MyDealEditSchema, myDealIdField, PageRefSchema, ReadingSchema } from './deals/my-deals-requests';
import type { ExploreData, LookupResult, SyncStatus } from './deals/replies';

/** 'content': a content script may send it (what a page needs); 'extension': only extension pages. */
export type Sender = 'content' | 'extension';

const MAX_COMPANIES = 200;
const MAX_FIGURES = 500;
const MAX_IMPORT_CHARS = 32 * 1024 * 1024;
/** A hostname (letters, digits, dots, hyphens; an IPv6 literal in brackets): no path, no query. */
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/i;

const finite = v.optional(v.message(v.pipe(v.number(), v.finite()), 'figure values must be finite numbers'));
const figure = v.object({
  index: v.message(v.pipe(v.number(), v.integer()), 'each figure needs an integer index'),
  usd: finite,
  usdPerYear: finite,
  usdTotal: finite,
  gpuCount: finite,
  watts: finite,
});
const url = v.string('url must be a string');

/** The reply type travels in the declaration only as a type (no value at run time). */
const replies = <R>() => undefined as unknown as R;

/** One request: its `type` literal and fields. */
const request = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

export const REQUESTS = {
  lookup: {
    from: 'content',
    schema: request('lookup', {
      companies: v.message(
        v.pipe(v.array(v.string()), v.maxLength(MAX_COMPANIES)),
        `companies must be at most ${MAX_COMPANIES} strings`,
      ),
      figures: v.pipe(
        v.array(figure, `figures must be at most ${MAX_FIGURES} items`),
        v.maxLength(MAX_FIGURES, `figures must be at most ${MAX_FIGURES} items`),
      ),
    }),
    reply: replies<LookupResult>(),
  },
  companies: { from: 'content', schema: request('companies', {}), reply: replies<{ companies: Company[] }>() },
  /** The reading trail (sent by the content script after its lookup, only while the setting is
   *  on; the background checks the setting again): deals matched on a page of `host` (hostname only). */
  'record-trail': {
    from: 'content',
    schema: request('record-trail', {
      dealIds: v.message(
        v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_COMPANIES)),
        `dealIds must be at most ${MAX_COMPANIES} strings`,
      ),
      host: v.message(v.pipe(v.string(), v.maxLength(253), v.regex(HOSTNAME)), 'host must be a hostname'),
    }),
    reply: replies<{ recorded: number }>(),
  },
  /** Opens explore.html#company=… in a new tab (the tooltip lives in web pages, which cannot link
   *  to extension pages that are not web-accessible). */
  'open-explorer': {
    from: 'content',
    schema: request('open-explorer', {
      company: v.message(v.pipe(v.string(), v.maxLength(200)), 'company must be a string of at most 200 characters'),
    }),
    reply: replies<object>(),
  },
  'sync-status': { from: 'extension', schema: request('sync-status', {}), reply: replies<SyncStatus>() },
  'sync-now': { from: 'extension', schema: request('sync-now', {}), reply: replies<SyncStatus>() },
  'import-feed': {
    from: 'extension',
    schema: request('import-feed', {
      text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large')),
    }),
    reply: replies<{ deals: number; companies: number }>(),
  },
  'export-feed': { from: 'extension', schema: request('export-feed', {}), reply: replies<{ text: string }>() },
  'add-feed': { from: 'extension', schema: request('add-feed', { url }), reply: replies<SyncStatus>() },
  'remove-feed': { from: 'extension', schema: request('remove-feed', { url }), reply: replies<SyncStatus>() },
  'set-feed-enabled': {
    from: 'extension',
    schema: request('set-feed-enabled', { url, enabled: v.boolean('enabled must be a boolean') }),
    reply: replies<SyncStatus>(),
  },
  reseed: { from: 'extension', schema: request('reseed', {}), reply: replies<SyncStatus>() },
  'explore-data': { from: 'extension', schema: request('explore-data', {}), reply: replies<ExploreData>() },
  'clear-trail': { from: 'extension', schema: request('clear-trail', {}), reply: replies<object>() },
  /** Saves a reading the deal list lacks to My deals (the tooltip's and the popup's Save, both sent
   *  by the content script, which holds the reading and knows the page). */
  'save-my-deal': {
    from: 'content',
    schema: request('save-my-deal', { reading: ReadingSchema, page: PageRefSchema }),
    reply: replies<{ deal: Deal; added: boolean }>(),
  },
  'my-deals': { from: 'extension', schema: request('my-deals', {}), reply: replies<{ deals: Deal[] }>() },
  'update-my-deal': {
    from: 'extension',
    schema: request('update-my-deal', { id: myDealIdField, edit: MyDealEditSchema }),
    reply: replies<{ deal: Deal }>(),
  },
  'remove-my-deal': {
    from: 'extension',
    schema: request('remove-my-deal', { id: myDealIdField }),
    reply: replies<{ removed: boolean }>(),
  },
} as const satisfies Record<string, { from: Sender; schema: v.GenericSchema; reply: unknown }>;

type Declarations = typeof REQUESTS;
export type RequestName = keyof Declarations;
/** The request `name`, as its schema reads it. */
export type RequestOf<K extends RequestName> = v.InferOutput<Declarations[K]['schema']>;
export type ReplyOf<K extends RequestName> = Declarations[K]['reply'];
