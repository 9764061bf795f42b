import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deal, feed, company } from '../test/fixtures/feeds/generate';
import type { DealReading } from '../lib/reading/types';
import { runFeedCli } from './feed';
import { buildFeed, EXTRA_COMPANIES, SOURCES_DIR } from './feed-files';
import type { DealReader } from './feed-publish';

const dir = mkdtempSync(join(tmpdir(), 'feed-publish-'));

async function run(args: string[], reader?: DealReader | null) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFeedCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, reader);
  return { code, out, err };
}

/** Stands in for lib/reading: one lease reading per text that names both companies, and the texts
 *  (and languages) it saw. */
function leaseReader(seen: string[], langs: (string | undefined)[] = []): DealReader {
  return {
    read(text, _ctx, lang) {
      seen.push(text);
      langs.push(lang);
      const doc = { text, sentences: [], mentions: [] };
      if (!text.includes('Quarry Labs') || !text.includes('Brindle Compute')) return { doc, readings: [] };
      const reading: DealReading = {
        id: 'deal@0-0',
        kind: 'compute-lease',
        parties: [
          { name: 'Quarry Labs', role: 'buyer', mentionIds: [] },
          { name: 'Brindle Compute', role: 'seller', mentionIds: [] },
        ],
        money: { mentionId: 'money@1', currency: 'USD', amount: 3e9, period: 'one-time' },
        gpus: null,
        powerWatts: null,
        status: 'confirmed',
        evidence: { start: 0, end: text.indexOf('.') + 1, text: text.slice(0, text.indexOf('.') + 1) },
        mentionIds: [],
      };
      return { doc, readings: [reading] };
    },
  };
}

const article = (url: string, body: string, lang = 'en') =>
  `<html lang="${lang}"><head><title>Quarry lease</title><meta property="og:url" content="${url}">` +
  `<meta property="article:published_time" content="2026-05-06T09:00:00Z"></head>` +
  `<body><article><p>${body}</p></article></body></html>`;

describe('feed propose', () => {
  it('reads each saved page, takes its source from the head and prints candidates as JSON', async () => {
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.txt');
    writeFileSync(
      a,
      article('https://wire.example/q', 'Quarry Labs signs a <b>$3 billion</b> lease with Brindle Compute.'),
    );
    writeFileSync(b, 'Nothing about deals here.');
    const seen: string[] = [];
    const r = await run(['propose', a, b], leaseReader(seen));
    expect(r.code).toBe(0);
    expect(seen).toEqual(['Quarry Labs signs a $3 billion lease with Brindle Compute.', 'Nothing about deals here.']);
    const { candidates } = JSON.parse(r.out.join('\n'));
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      updateOf: null,
      needsReview: true,
      evidence: 'Quarry Labs signs a $3 billion lease with Brindle Compute.',
      deal: {
        announced: '2026-05-06',
        sources: [{ url: 'https://wire.example/q', title: 'Quarry lease', date: '2026-05-06' }],
      },
    });
    expect(r.err.some((l) => l.includes('b.txt: no web address'))).toBe(true);
  });

  it("passes each saved page's language (<html lang>) to the reader, and none for a text file", async () => {
    const de = join(dir, 'de.html');
    writeFileSync(
      de,
      article('https://wire.example/de', 'Quarry Labs mietet Rechenleistung von Brindle Compute.', 'de'),
    );
    const langs: (string | undefined)[] = [];
    await run(['propose', de, join(dir, 'b.txt')], leaseReader([], langs));
    expect(langs).toEqual(['de', undefined]);
  });

  it('prints a deal the given feed already has as an update of it', async () => {
    const feedFile = join(dir, 'feed.json');
    const known = deal('qb', ['Quarry Labs', 'Brindle Compute'], { announced: '2026-04-20' });
    writeFileSync(feedFile, JSON.stringify(feed([company('Quarry Labs'), company('Brindle Compute')], [known])));
    const a = join(dir, 'c.html');
    writeFileSync(a, article('https://wire.example/c', 'Quarry Labs and Brindle Compute widen their lease.'));
    const r = await run(['propose', a, '--feed', feedFile], leaseReader([]));
    const [c] = JSON.parse(r.out.join('\n')).candidates;
    expect([c.updateOf, c.differs]).toEqual(['qb', ['value.amount', 'sources']]);
  });

  it('names a page it cannot read', async () => {
    const missing = join(dir, 'missing.html');
    const r = await run(['propose', missing], leaseReader([]));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(new RegExp(`^${missing}: ENOENT`));
  });

  it('says plainly when no deal reader is connected', async () => {
    const r = await run(['propose', join(dir, 'a.html')], null);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/deal reader not available/);
  });
});

describe('feed add', () => {
  const copy = () => {
    const sources = mkdtempSync(join(dir, 'sources-'));
    cpSync(SOURCES_DIR, sources, { recursive: true });
    return sources;
  };
  const candidate = (d: unknown) => ({ updateOf: null, differs: [], needsReview: false, evidence: 'e', deal: d });
  const fresh = deal('anthropic-new-lease-2026', ['Anthropic', 'CoreWeave'], { announced: '2026-11-02' });

  it('merges reviewed candidates into a copy of the sources, which then build', async () => {
    const sources = copy();
    const file = join(dir, 'reviewed.json');
    writeFileSync(file, JSON.stringify({ candidates: [candidate(fresh)] }));
    const before = JSON.parse(readFileSync(join(sources, 'deals.json'), 'utf8')).length;
    const r = await run(['add', file, '--sources', sources]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('now rebuild the bundled feed: npm run build:feed');
    const after = JSON.parse(readFileSync(join(sources, 'deals.json'), 'utf8'));
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1).id).toBe('anthropic-new-lease-2026');
    const build = buildFeed(sources, EXTRA_COMPANIES);
    expect(build.ok && build.feed.deals.some((d) => d.id === 'anthropic-new-lease-2026')).toBe(true);
  });

  it('refuses an invalid record with its JSON path and leaves the sources as they were', async () => {
    const sources = copy();
    const original = readFileSync(join(sources, 'deals.json'), 'utf8');
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ candidates: [candidate({ ...fresh, announced: '2026-13-01' })] }));
    const r = await run(['add', file, '--sources', sources]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([`${file}: candidates[0].deal.announced: expected a real date (YYYY-MM-DD or YYYY-MM)`]);
    expect(readFileSync(join(sources, 'deals.json'), 'utf8')).toBe(original);
  });
});
