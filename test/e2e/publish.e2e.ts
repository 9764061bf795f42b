// The publisher's path end to end, as a maintainer runs it (docs/PUBLISHING.md): two saved pages
// about a deal between invented companies → `feed propose` → review → `feed add` into a copy of the
// sources (plus the two companies, as `add` asks) → the feed built by the code `npm run build:feed`
// runs → served on 127.0.0.1 → added in the options page and synced → the article page's tooltip
// shows the new deal with its source. The CLI runs through its exported commands (same code as
// `npm run -s feed -- …`, without a child process per step).
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed, SOURCES_DIR } from '../../cli/feed-files';
import { add, propose } from '../../cli/feed-publish';
import type { Candidate } from '../../lib/feed/candidate';
import type { Company } from '../../lib/feed/types';
import type { SyncStatus } from '../../lib/messages';
import { ROOT } from './build';
import { launchExtension, type Extension } from './harness';

const PAGES = ['lease-oskari-marrowind.html', 'release-marrowind-oskari.html'];
const PAGE_FILES = PAGES.map((p) => join(ROOT, 'test/fixtures/publish', p));
const ARTICLE_PATH = `/publish/${PAGES[0]}`;
const FEED_PATH = '/feeds/publish-e2e.json';
const NEW_COMPANIES: Company[] = [
  { name: 'Oskari Labs', aliases: ['Oskari Labs', 'Oskari'], ticker: null, kind: 'ai-lab' },
  { name: 'Marrowind Compute', aliases: ['Marrowind Compute', 'Marrowind'], ticker: null, kind: 'neocloud' },
];

/** Runs a CLI command, collecting what it prints. */
async function run(command: typeof add, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Polls until `read` gives true (expect.poll is only allowed inside tests, not hooks). */
async function waitFor(read: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await read().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ask<T>(page: Page, message: object): Promise<T & { ok: boolean; error?: string }> {
  return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
}

let ext: Extension;
let dir: string;
beforeAll(async () => {
  ext = await launchExtension();
  dir = await mkdtemp(join(tmpdir(), 'deallens-publish-'));
  for (const f of ['deals.json', 'companies.json', 'accelerators.json'])
    await copyFile(join(SOURCES_DIR, f), join(dir, f));
});
afterAll(async () => {
  await ext?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('publishing a deal: saved pages → propose → add → build → sync → tooltip', () => {
  let candidates: Candidate[];
  let feedText: string;

  it('proposes the deal once, with both pages as its sources', async () => {
    const proposed = await run(propose, PAGE_FILES);
    expect(proposed.code, proposed.err).toBe(0);
    candidates = (JSON.parse(proposed.out) as { candidates: Candidate[] }).candidates;
    expect(candidates).toHaveLength(1);
    const [candidate] = candidates;
    expect(candidate).toMatchObject({ updateOf: null, needsReview: true });
    expect(candidate.evidence).toContain('$3.4 billion agreement');
    expect(candidate.deal).toMatchObject({
      kind: 'compute-lease',
      announced: '2026-10-14',
      value: { currency: 'USD', amount: 3.4e9 },
      status: 'confirmed',
    });
    expect(candidate.deal.parties.map((p) => p.name).sort()).toEqual(['Marrowind Compute', 'Oskari Labs']);
    expect(candidate.deal.sources).toEqual([
      {
        url: 'https://rackline.example/2026/10/oskari-labs-marrowind-compute-lease',
        title: 'Oskari Labs books $3.4 billion of GPU capacity at Marrowind Compute',
        date: '2026-10-14',
      },
      {
        url: 'https://marrowind.example/newsroom/oskari-labs-capacity-agreement',
        title: 'Marrowind Compute signs five-year capacity agreement with Oskari Labs',
        date: '2026-10-14',
      },
    ]);
  });

  it('refuses the unreviewed file, then adds the reviewed one and names the companies to describe', async () => {
    const file = join(dir, 'candidates.json');
    await writeFile(file, JSON.stringify({ candidates }));
    const refused = await run(add, [file, '--sources', dir]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/needsReview/);
    const before = JSON.parse(await readFile(join(dir, 'deals.json'), 'utf8')) as unknown[];

    await writeFile(file, JSON.stringify({ candidates: candidates.map((c) => ({ ...c, needsReview: false })) }));
    const added = await run(add, [file, '--sources', dir]);
    expect(added.code, added.out + added.err).toBe(0);
    expect(added.out).toContain('added 1, updated 0');
    for (const name of ['Oskari Labs', 'Marrowind Compute'])
      expect(added.out).toContain(`"${name}" is not in companies.json`);
    const after = JSON.parse(await readFile(join(dir, 'deals.json'), 'utf8')) as { id: string }[];
    expect(after).toHaveLength(before.length + 1);
    expect(after.map((d) => d.id)).toContain(candidates[0].deal.id);

    // The maintainer describes the two companies, as the warning asks.
    const companies = JSON.parse(await readFile(join(dir, 'companies.json'), 'utf8')) as Company[];
    await writeFile(join(dir, 'companies.json'), JSON.stringify([...companies, ...NEW_COMPANIES], null, 1));
  });

  it('builds a valid feed from the sources that holds the new deal', () => {
    const build = buildFeed(dir);
    if (!build.ok) throw new Error(build.errors.join('\n'));
    const deal = build.feed.deals.find((d) => d.id === candidates[0].deal.id);
    expect(deal?.parties.map((p) => p.name).sort()).toEqual(['Marrowind Compute', 'Oskari Labs']);
    expect(build.feed.companies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Oskari Labs', 'Marrowind Compute']),
    );
    expect(buildFeed(dir)).toMatchObject({ text: build.text }); // same sources, same bytes
    feedText = build.text;
  });

  it('syncs the built feed from 127.0.0.1, and the article page shows the deal with its source', async () => {
    const title = candidates[0].deal.title;
    const sources = candidates[0].deal.sources.map((s) => s.title);
    const tooltip = async () => {
      const article = await ext.openPage(ARTICLE_PATH);
      try {
        // occurrence is 0-based: the body's figure, not the headline's.
        await ext.hoverText(article, '$3.4 billion', { occurrence: 1 });
        return await ext.readTooltip(article);
      } finally {
        await article.close();
      }
    };
    const options = await ext.openOptions();
    await waitFor(async () => (await ask<SyncStatus>(options, { type: 'sync-status' })).seeded, 'the bundled feed');
    // Before the feed is added the extension does not know the deal.
    expect(await tooltip()).not.toContain(title);

    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
    ext.server.route(FEED_PATH, (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: '"publish-1"' }).end(feedText);
    });
    const url = ext.server.url(FEED_PATH);
    const status = await ask<SyncStatus>(options, { type: 'add-feed', url });
    expect(status.ok, status.error).toBe(true);
    const row = status.feeds.find((f) => f.url === url);
    expect(row?.lastError).toBeNull();
    expect(row?.counts.deals).toBe((JSON.parse(feedText) as { deals: unknown[] }).deals.length);

    const shown = await tooltip();
    expect(shown).toContain(title);
    for (const source of sources) expect(shown).toContain(source);
    expect(shown).toContain('Oskari Labs (buyer)');
    expect(shown).toContain('Marrowind Compute (seller)');
  });
});
