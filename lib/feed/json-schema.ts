// data/feed.schema.json is emitted from the valibot schema, so the published JSON Schema and the
// validator cannot drift. Custom checks (real dates, http(s) URLs, no bidi controls, unique ids)
// have no JSON Schema form and are enforced by lib/feed/validate.ts only. Node-side (build, tests).
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from './schema';

export function feedJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...toJsonSchema(FeedSchema, { errorMode: 'ignore', target: 'draft-2020-12' }),
    $id: 'https://deallens.invalid/feed.schema.json',
    title: 'DealLens deal feed, format v1',
    description:
      'Generated from lib/feed/schema.ts. Extra rules the validator enforces: dates are real ' +
      '(years 1900-2200), source URLs are http(s), no bidi or control characters in text, unique deal ' +
      'ids and company names, body at most 32 MiB and nested at most 8 levels.',
  };
}
