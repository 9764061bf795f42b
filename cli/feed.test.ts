import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { company, deal, feed } from '../test/fixtures/feeds/generate';
import { runFeedCli } from './feed';
import { buildFeed, readSources } from './feed-files';

const dir = mkdtempSync(join(tmpdir(), 'feed-cli-'));
const good = feed(
  [company('Alpha'), company('Beta')],
  [deal('ab', ['Alpha', 'Beta']), deal('ac', ['Alpha', 'Gamma'], { kind: 'investment', announced: '2024-02' })],
);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFeedCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('feed check', () => {
  it('passes a valid file and warns about parties it does not describe', async () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(good));
    const r = await run('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      `${file}: warning: deals[1].parties[1].name: "Gamma" is not among this feed's companies`,
      `${file}: valid deallens-feed v1 (2 deals, 2 companies)`,
    ]);
  });

  it('prints each error with its path and exits 1', async () => {
    const bad: any = structuredClone(good);
    bad.deals[1].value.amount = 'lots';
    bad.deals[0].sources[0].url = 'javascript:void(0)';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await run('check', file);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `${file}: deals[0].sources[0].url: expected an http(s) URL`,
      `${file}: deals[1].value.amount: expected number, got string`,
    ]);
  });

  it('checks a feed served over HTTP', async () => {
    const server = createServer((_req, res) => res.end(JSON.stringify(good)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/f.json`;
    try {
      const r = await run('check', url);
      expect(r.code).toBe(0);
      expect(r.out.at(-1)).toBe(`${url}: valid deallens-feed v1 (2 deals, 2 companies)`);
    } finally {
      server.close();
    }
  });

  it('explains a missing file and a wrong command', async () => {
    expect((await run('check', join(dir, 'nope.json'))).code).toBe(1);
    expect((await run('frobnicate', 'x')).code).toBe(2);
  });
});

describe('feed stats', () => {
  it('counts by kind and status with the date range', async () => {
    const file = join(dir, 'stats.json');
    writeFileSync(file, JSON.stringify(good));
    const r = await run('stats', file, '--json');
    const stats = JSON.parse(r.out.join('\n'));
    expect(stats).toMatchObject({
      deals: 2,
      companies: 2,
      byKind: { 'compute-lease': 1, investment: 1 },
      byStatus: { confirmed: 2 },
      announced: { first: '2024-02', last: '2026-03-15' },
      partiesNotInCompanies: 1,
    });
  });

  it("with no file reports the repository's bundled feed: every deal of data/sources", async () => {
    const r = await run('stats', '--json');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out.join('\n'));
    const built = buildFeed();
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const sources = readSources();
    expect(stats.deals).toBe(sources.deals.length);
    expect(stats.deals).toBe(built.feed.deals.length);
    expect(stats.deals).toBeGreaterThanOrEqual(155);
    expect(stats.companies).toBe(built.feed.companies.length);
    expect(stats.companies).toBeGreaterThanOrEqual(125);
    const text = await run('stats');
    expect(text.out[0]).toMatch(/^file\s+data\/feed\.json$/);
    expect(text.out).toContain(`deals                  ${stats.deals}`);
  });
});
