// `feed propose` on the project's own saved deal articles (test/fixtures/deals/articles, invented
// companies, labels in expected.json; four English pages and one German): each labelled deal proposed
// exactly once, of its kind, with its figure, parties in their roles, its status, and the page as its source.
// Compared against an empty feed, so that matching deals the bundled feed already has is not what is measured here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../lib/extract/index';
import type { Candidate } from '../lib/feed/candidate';
import { loadExtractorContext } from './extract-context';
import { propose } from './feed-publish';
import { articleTextFromHtml } from './html-article';

const DIR = 'test/fixtures/deals/articles';
interface Expected {
  lang: string;
  source: { url: string; title: string; published: string };
  deals: {
    kind: string;
    parties: { name: string; role: string }[];
    money: { amount: number } | null;
    status: string;
  }[];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const EMPTY_FEED = join(mkdtempSync(join(tmpdir(), 'propose-articles-')), 'feed.json');
writeFileSync(EMPTY_FEED, JSON.stringify({ deals: [] }));

async function proposeFile(file: string): Promise<Candidate[]> {
  const out: string[] = [];
  const code = await propose([join(DIR, file), '--feed', EMPTY_FEED], { out: (l) => out.push(l), err: () => {} });
  expect(code).toBe(0);
  return (JSON.parse(out.join('\n')) as { candidates: Candidate[] }).candidates;
}

/** The candidate is the labelled deal: same kind and figure, and every party it names is a party of
 *  the label in the same role (a candidate may miss a party the reviewer then adds). */
const isDeal = (c: Candidate, d: Expected['deals'][number]) =>
  c.deal.kind === d.kind &&
  (c.deal.value?.amount ?? null) === (d.money?.amount ?? null) &&
  c.deal.parties.length >= Math.min(2, d.parties.length) &&
  c.deal.parties.every((p) => d.parties.some((q) => q.name === p.name && q.role === p.role));

// Every page, the German one too: the reader reads a page in the language of its <html lang>.
const PAGES = Object.keys(EXPECTED);

describe('feed propose on the saved deal articles', () => {
  it('holds pages in more than one language', () => {
    expect(new Set(PAGES.map((f) => EXPECTED[f].lang.slice(0, 2)))).toEqual(new Set(['en', 'de']));
  });

  it.each(PAGES)('%s: each labelled deal once, with the page as its source', async (file) => {
    const expected = EXPECTED[file];
    const candidates = await proposeFile(file);
    for (const d of expected.deals) {
      const found = candidates.filter((c) => isDeal(c, d));
      expect(found, JSON.stringify(d)).toHaveLength(1);
      // An ended deal is flagged for retiring; the others carry the status the page gives.
      if (d.status === 'terminated') expect(found[0].ended, JSON.stringify(d)).toBe(true);
      else expect(found[0].deal.status, JSON.stringify(d)).toBe(d.status);
    }
    expect(candidates).toHaveLength(expected.deals.length);
    for (const c of candidates)
      expect(c.deal.sources).toEqual([
        { url: expected.source.url, title: expected.source.title, date: expected.source.published.slice(0, 10) },
      ]);
  });

  it("reads the German page in German (<html lang='de'>): its monthly euro figure is a mention", () => {
    const file = Object.keys(EXPECTED).find((f) => EXPECTED[f].lang === 'de')!;
    const page = articleTextFromHtml(readFileSync(join(DIR, file), 'utf8'));
    expect(page.lang).toBe('de');
    const doc = createExtractor(loadExtractorContext()).document(page.text, { lang: page.lang });
    expect(doc.lang).toBe('de');
    expect(doc.mentions.find((m) => m.type === 'money' && m.currency === 'EUR')).toMatchObject({
      amount: 48e6,
      period: 'month',
    });
  });
});
