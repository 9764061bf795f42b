import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feed, deal, company } from '../../test/fixtures/feeds/generate';
import { jsonDepth, parseFeedText, utf8Length, validateFeed } from './validate';
import { feedJsonSchema } from './json-schema';

const good = () =>
  feed([company('Alpha Labs'), company('Beta Cloud')], [deal('alpha-beta-2026', ['Alpha Labs', 'Beta Cloud'])]);
const errorsOf = (value: unknown) => {
  const r = validateFeed(value);
  return r.ok ? [] : r.errors;
};

describe('validateFeed', () => {
  it('accepts a well-formed feed and the bundled feed', () => {
    expect(validateFeed(good()).ok).toBe(true);
    const bundled = JSON.parse(readFileSync('data/feed.json', 'utf8'));
    const r = validateFeed(bundled);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.feed.deals).toHaveLength(155);
  });

  it('names the path and the expected type', () => {
    const f: any = good();
    f.deals[0].value.amount = '5';
    expect(errorsOf(f)).toEqual(['deals[0].value.amount: expected number, got string']);
  });

  it('reports missing fields, bad enums and wrong versions with paths', () => {
    const f: any = good();
    delete f.deals[0].title;
    f.companies[1].kind = 'bank';
    f.version = 2;
    const errors = errorsOf(f);
    expect(errors).toContain('deals[0].title: missing (required)');
    expect(errors.some((e) => e.startsWith('companies[1].kind: expected one of'))).toBe(true);
    expect(errors).toContain('version: expected 1, got 2');
  });

  it('rejects NaN, Infinity and absurd magnitudes', () => {
    for (const bad of [NaN, Infinity, -5, 1e20]) {
      const f: any = good();
      f.deals[0].value.amount = bad;
      expect(errorsOf(f)[0]).toMatch(/^deals\[0\]\.value\.amount: /);
    }
  });

  it('rejects absurd or impossible dates', () => {
    for (const bad of ['99999-01-01', '2026-13-01', '2026-02-30', '1066-10-14', '2026/01/01']) {
      const f: any = good();
      f.deals[0].announced = bad;
      expect(errorsOf(f)[0]).toMatch(/^deals\[0\]\.announced: expected/);
    }
  });

  it('rejects duplicate deal ids and company names, naming both places', () => {
    const f: any = good();
    f.deals.push({ ...f.deals[0] });
    f.companies.push({ ...f.companies[0] });
    expect(errorsOf(f)).toEqual([
      'deals[1].id: duplicate id "alpha-beta-2026" (first at deals[0].id)',
      'companies[2].name: duplicate name "Alpha Labs" (first at companies[0].name)',
    ]);
  });

  it('rejects non-http source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'not a url']) {
      const f: any = good();
      f.deals[0].sources[0].url = url;
      expect(errorsOf(f)).toEqual(['deals[0].sources[0].url: expected an http(s) URL']);
    }
  });

  it('rejects bidi override and control characters in names', () => {
    const f: any = good();
    f.companies[0].name = 'Alpha\u202ELabs';
    f.companies[1].aliases = ['Beta\u0007'];
    expect(errorsOf(f)).toEqual([
      'companies[0].name: bidirectional control characters are not allowed',
      'companies[1].aliases[0]: control characters are not allowed',
    ]);
  });

  it('rejects names that mix Latin with Cyrillic or Greek lookalikes, wherever a name goes', () => {
    const f: any = good();
    f.companies[0].aliases = ['Alph\u0430'];
    f.deals[0].parties[0].name = 'Alph\u0430 Labs';
    expect(errorsOf(f)).toEqual([
      'companies[0].aliases[0]: name mixes Latin and Cyrillic letters ("\u0430" is U+0430), ' +
        'which can pass for another name',
      'deals[0].parties[0].name: name mixes Latin and Cyrillic letters ("\u0430" is U+0430), ' +
        'which can pass for another name',
    ]);
  });

  it('rejects oversized strings', () => {
    const f: any = good();
    f.deals[0].title = 'x'.repeat(501);
    expect(errorsOf(f)).toEqual(['deals[0].title: expected at most 500 characters']);
  });

  it('rejects a tombstone for a record the same feed carries', () => {
    const f = good();
    f.tombstones = { companies: [], deals: ['alpha-beta-2026'] };
    expect(errorsOf(f)).toEqual(['tombstones.deals[0]: "alpha-beta-2026" is also a record in this feed']);
  });

  it('drops unknown keys instead of storing them', () => {
    const f: any = good();
    f.deals[0].extra = { anything: 1 };
    const r = validateFeed(f);
    expect(r.ok && 'extra' in r.feed.deals[0]).toBe(false);
  });
});

describe('parseFeedText', () => {
  it('enforces the byte limit before parsing', () => {
    const text = JSON.stringify(good());
    expect(parseFeedText(text, utf8Length(text)).ok).toBe(true);
    expect(parseFeedText(text, utf8Length(text) - 1)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/larger than the \d+-byte limit/)],
    });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseFeedText('\uFEFF' + JSON.stringify(good())).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...good(), deals: [v] })),
        ),
        (text) => {
          const r = parseFeedText(text);
          expect(r.ok || (r.errors.length > 0 && r.errors.every((e) => typeof e === 'string'))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('rejects nesting deeper than the format before JSON.parse', () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[","b":[1]}')).toBe(2);
    const r = parseFeedText('['.repeat(10000) + ']'.repeat(10000));
    expect(r.ok ? '' : r.errors[0]).toMatch(/nested deeper/);
  });

  it('explains truncated JSON, HTML pages and non-objects', () => {
    const text = JSON.stringify(good());
    expect(parseFeedText(text.slice(0, 100))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^\(feed\): not valid JSON/)],
    });
    expect(parseFeedText('<!doctype html><p>Oops</p>')).toEqual({
      ok: false,
      errors: ['(feed): expected JSON, got an HTML/XML document'],
    });
    expect(parseFeedText('[1,2]')).toEqual({ ok: false, errors: ['(feed): expected an object, got array'] });
  });
});

describe('data/feed.schema.json', () => {
  it('is the schema emitted from the validator (regenerate with npm run build:feed)', () => {
    expect(JSON.parse(readFileSync('data/feed.schema.json', 'utf8'))).toEqual(feedJsonSchema());
  });
});
