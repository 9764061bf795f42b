// Sync against a real HTTP server on 127.0.0.1, started here. After every failure the cache must be
// exactly what it was (full dumps compared) and the feed's state must carry a readable error.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DealDb } from '../deals/db';
import { ensureFeed } from '../deals/feeds';
import { dumpCache } from '../deals/snapshot';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { syncFeed } from './sync';
import { serveJson, useTestServer, type Handler } from './test-server';

const server = useTestServer();
let url = '';
beforeAll(() => {
  url = `${server.origin}/feed.json`;
});

const dbs: DealDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const feedA = feed([company('Alpha'), company('Beta')], [deal('ab', ['Alpha', 'Beta'])]);
const feedB = feed(
  [company('Alpha'), company('Beta'), company('Gamma')],
  [deal('ab', ['Alpha', 'Beta']), deal('bg', ['Beta', 'Gamma'])],
);
const MAX_BYTES = 64 * 1024;
// Long enough for a cold first request on a loaded machine; the hang test waits it out.
const options = { timeoutMs: 1000, maxBytes: MAX_BYTES };

async function syncedDb(): Promise<DealDb> {
  const db = new DealDb(`sync-test-${Date.now()}-${n++}`);
  dbs.push(db);
  await ensureFeed(db, url, 'user');
  server.handler = serveJson(feedA, '"a1"');
  const first = await syncFeed(db, url, options);
  expect(first).toMatchObject({ status: 'updated' });
  server.requests = [];
  return db;
}

describe('syncFeed over HTTP', () => {
  it('applies a good feed, then costs one 304 request and no writes when unchanged', async () => {
    const db = await syncedDb();
    expect(await db.deals.toCollection().primaryKeys()).toEqual(['ab']);
    const state = await db.feeds.get(url);
    expect(state).toMatchObject({ etag: '"a1"', lastError: null, counts: { companies: 2, deals: 1 } });

    const before = await dumpCache(db);
    const again = await syncFeed(db, url, options);
    expect(again).toEqual({ url, status: 'not-modified', writes: 0 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].headers['if-none-match']).toBe('"a1"');
    expect(await dumpCache(db)).toEqual(before);
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    const db = await syncedDb();
    const stamp = 'Fri, 20 Nov 2026 10:00:00 GMT';
    server.handler = (req, res) => {
      if (req.headers['if-modified-since'] === stamp) return void res.writeHead(304).end();
      res.writeHead(200, { 'Last-Modified': stamp }).end(JSON.stringify(feedA));
    };
    expect((await syncFeed(db, url, options)).status).toBe('updated');
    expect((await syncFeed(db, url, options)).status).toBe('not-modified');
  });

  it('applies a changed feed', async () => {
    const db = await syncedDb();
    server.handler = serveJson(feedB, '"b1"');
    const out = await syncFeed(db, url, options);
    expect(out).toMatchObject({ status: 'updated', dealsWritten: 1, companiesWritten: 1 });
    expect(await db.deals.toCollection().primaryKeys()).toEqual(['ab', 'bg']);
    expect((await db.feeds.get(url))?.etag).toBe('"b1"');
  });

  const failures: [string, Handler, RegExp][] = [
    [
      'HTTP 500',
      (_q, res) => res.writeHead(500, 'Internal Server Error').end('oops'),
      /^server answered HTTP 500 Internal Server Error$/,
    ],
    ['a hang past the timeout', () => undefined, /timed out/],
    [
      'a body that stops mid-way',
      (_q, res) => {
        const text = JSON.stringify(feedB);
        res.writeHead(200, { 'Content-Length': String(text.length) });
        res.write(text.slice(0, 200));
        setTimeout(() => res.destroy(), 20);
      },
      /^network error: /,
    ],
    [
      'truncated JSON',
      (_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(feedB).slice(0, 300)),
      /^invalid feed: \(feed\): not valid JSON/,
    ],
    [
      'valid JSON with a wrong field type',
      (_q, res) => {
        const bad: any = structuredClone(feedB);
        bad.deals[1].value.amount = '2 billion';
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(bad));
      },
      /^invalid feed: deals\[1\]\.value\.amount: expected number, got string$/,
    ],
    [
      'an oversized streamed body',
      (_q, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"format":"deallens-feed","pad":"');
        for (let i = 0; i < 20; i++) res.write('x'.repeat(8 * 1024));
        res.end('"}');
      },
      new RegExp(`^feed is larger than the ${MAX_BYTES}-byte limit$`),
    ],
    [
      'an oversized declared body',
      (_q, res) => res.writeHead(200, { 'Content-Length': String(MAX_BYTES + 1) }).end('x'.repeat(MAX_BYTES + 1)),
      /larger than the \d+-byte limit \(\d+ bytes declared\)/,
    ],
    [
      'an HTML error page with status 200',
      (_q, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Service unavailable</body></html>'),
      /HTML page \(HTTP 200\), not a JSON feed/,
    ],
    [
      'an HTML page labelled as JSON',
      (_q, res) =>
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('<!DOCTYPE html><title>Login</title>'),
      /^invalid feed: \(feed\): expected JSON, got an HTML/,
    ],
  ];

  for (const [what, serve, message] of failures) {
    it(`keeps the cache exactly as it was after ${what}, and records a readable error`, async () => {
      const db = await syncedDb();
      const goodState = await db.feeds.get(url);
      const before = await dumpCache(db);
      server.handler = serve;
      const out = await syncFeed(db, url, options);
      expect(out.status).toBe('failed');
      expect(await dumpCache(db)).toEqual(before);
      const state = await db.feeds.get(url);
      expect(state?.lastError).toMatch(message);
      expect(state?.failures).toBe(1);
      expect(state?.lastSuccess).toBe(goodState?.lastSuccess);
      expect(state?.etag).toBe('"a1"');
      // and the next good answer heals it
      server.handler = serveJson(feedB, '"b2"');
      expect((await syncFeed(db, url, options)).status).toBe('updated');
      expect((await db.feeds.get(url))?.lastError).toBeNull();
    });
  }
});
