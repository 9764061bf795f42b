// What a feed server must not get away with, against real HTTP servers on 127.0.0.1: a redirect
// off the granted origin, a replay of an older feed, a body that trickles forever. Each is refused
// with an error a reader can act on, and the cache stays exactly as it was.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DealDb } from '../deals/db';
import { ensureFeed } from '../deals/feeds';
import { dumpCache } from '../deals/snapshot';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { redirectTarget } from './http';
import { replayError, syncFeed } from './sync';
import { serveJson, useTestServer, type Handler } from './test-server';

const granted = useTestServer();
const elsewhere = useTestServer();
let url = '';
beforeAll(() => {
  url = `${granted.origin}/feed.json`;
});

const dbs: DealDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const older = feed([company('Alpha')], [], { generatedAt: '2026-11-01T00:00:00.000Z' });
const applied = feed([company('Alpha'), company('Beta')], [deal('ab', ['Alpha', 'Beta'])], {
  generatedAt: '2026-11-02T00:00:00.000Z',
});
const newer = feed([company('Beta')], [], { generatedAt: '2026-11-03T00:00:00+01:00' });
const options = { timeoutMs: 1500, maxBytes: 64 * 1024 };

async function syncedDb(): Promise<DealDb> {
  const db = new DealDb(`sync-refusals-${Date.now()}-${dbs.length}`);
  dbs.push(db);
  await ensureFeed(db, url, 'user');
  granted.handler = serveJson(applied, '"v2"');
  expect((await syncFeed(db, url, options)).status).toBe('updated');
  granted.requests = [];
  elsewhere.requests = [];
  return db;
}

/** Syncs with `serve` answering and expects a refusal matching `message`, the cache unchanged. */
async function expectRefused(db: DealDb, serve: Handler, message: RegExp): Promise<void> {
  const before = await dumpCache(db);
  granted.handler = serve;
  const out = await syncFeed(db, url, options);
  expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(message) });
  expect(await dumpCache(db)).toEqual(before);
  expect((await db.feeds.get(url))?.lastError).toMatch(message);
}

const redirectTo =
  (location: () => string): Handler =>
  (_req, res) =>
    res.writeHead(302, { Location: location() }).end();

describe('redirects', () => {
  it('refuses a redirect to another host, and never asks that host', async () => {
    const db = await syncedDb();
    elsewhere.handler = serveJson(newer, '"x"');
    const other = elsewhere.origin.replace('127.0.0.1', 'localhost');
    await expectRefused(
      db,
      redirectTo(() => `${other}/feed.json`),
      new RegExp(`redirected the feed from ${granted.origin} to ${other}; a redirect that leaves`),
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('refuses a redirect to another port of the same host (another origin)', async () => {
    const db = await syncedDb();
    elsewhere.handler = serveJson(newer, '"x"');
    await expectRefused(
      db,
      redirectTo(() => `${elsewhere.origin}/feed.json`),
      /leaves the feed's origin/,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('follows a redirect within the granted origin', async () => {
    const db = await syncedDb();
    granted.handler = (req, res) =>
      req.url === '/feed.json'
        ? res.writeHead(301, { Location: '/v2/feed.json' }).end()
        : serveJson(newer, '"n"')(req, res);
    expect((await syncFeed(db, url, options)).status).toBe('updated');
    expect(granted.requests.map((r) => r.url)).toEqual(['/feed.json', '/v2/feed.json']);
  });

  it('gives up on a redirect loop within the origin', async () => {
    const db = await syncedDb();
    await expectRefused(
      db,
      redirectTo(() => '/feed.json'),
      /redirected the feed more than 3 times/,
    );
  });

  it("refuses a redirect whose target the browser hides (redirect: 'manual' answers opaquely)", () => {
    expect(() => redirectTarget('https://feeds.example/f.json', 0, null)).toThrow(
      /cannot check; redirects are refused/,
    );
    expect(redirectTarget('https://feeds.example/f.json', 302, '/g.json')).toBe('https://feeds.example/g.json');
    expect(() => redirectTarget('https://feeds.example/f.json', 302, 'https://feeds.example.evil/f.json')).toThrow(
      /to https:\/\/feeds\.example\.evil;/,
    );
    expect(() => redirectTarget('https://feeds.example/f.json', 302, 'http://feeds.example/f.json')).toThrow(
      /leaves the feed's origin/,
    );
  });
});

describe('replays', () => {
  it('refuses a feed generated before the one applied, and keeps the validators', async () => {
    const db = await syncedDb();
    await expectRefused(
      db,
      serveJson(older, '"v1"'),
      /generated at 2026-11-01T00:00:00\.000Z, before the one already applied/,
    );
    expect((await db.feeds.get(url))?.etag).toBe('"v2"');
  });

  it('accepts the same feed again and a newer one', async () => {
    const db = await syncedDb();
    granted.handler = (_req, res) => res.writeHead(200).end(JSON.stringify(applied)); // no validators: sent again
    expect((await syncFeed(db, url, options)).status).toBe('updated');
    granted.handler = serveJson(newer, '"v3"');
    expect((await syncFeed(db, url, options)).status).toBe('updated');
    expect(await db.deals.count()).toBe(0);
    expect((await db.feeds.get(url))?.generatedAt).toBe(newer.generatedAt);
  });

  it('compares instants, not strings', () => {
    expect(replayError('2026-11-02T00:00:00Z', '2026-11-02T00:30:00+01:00')).toMatch(/before the one already applied/);
    expect(replayError('2026-11-02T00:00:00Z', '2026-11-02T01:30:00+01:00')).toBeNull();
    expect(replayError(null, '2020-01-01T00:00:00Z')).toBeNull();
  });
});

describe('a body that trickles', () => {
  it('hits the timeout over the whole exchange, however steadily bytes arrive', async () => {
    const db = await syncedDb();
    let timer: ReturnType<typeof setInterval> | undefined;
    await expectRefused(
      db,
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"format":"deallens-feed",');
        timer = setInterval(() => res.write(' '), 50); // a byte every 50 ms, forever
        res.on('close', () => clearInterval(timer));
      },
      /no complete answer within 1500 ms \(timed out\)/,
    );
    clearInterval(timer);
  });
});
