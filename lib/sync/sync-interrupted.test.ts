// A sync cut short by a worker stop leaves its start mark on the feed row; the next status tells it as an
// interrupted sync (in words, by the pages), and every ending of a sync clears the mark.
import { afterEach, describe, expect, it } from 'vitest';
import { DealDb } from '../deals/db';
import { ensureFeed, recordSyncStart } from '../deals/feeds';
import { feedStatus } from '../background/handler';
import { company, deal, feed } from '../../test/fixtures/feeds/generate';
import { syncFeed } from './sync';
import { serveJson, useTestServer } from './test-server';
import { plainError } from '../../components/ui/plainError';

const server = useTestServer();
const dbs: DealDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function freshDb(url: string): Promise<DealDb> {
  const db = new DealDb(`sync-interrupted-${Date.now()}-${dbs.length}`);
  dbs.push(db);
  await ensureFeed(db, url, 'user');
  return db;
}

describe('an interrupted sync', () => {
  it('is told as interrupted when no sync runs, and not while one does', async () => {
    const url = `${server.origin}/feed.json`;
    const db = await freshDb(url);
    await recordSyncStart(db, url, '2026-12-01T08:00:00.000Z'); // the worker stopped right after this
    const row = (await db.feeds.get(url))!;
    expect(plainError(feedStatus(row, false).lastError)).toBe(
      'The last sync was interrupted; your deals are as they were before it.',
    );
    expect(feedStatus(row, true).lastError).toBeNull();
  });
  it('is cleared by the next sync, successful or failed', async () => {
    const url = `${server.origin}/feed.json`;
    const db = await freshDb(url);
    await recordSyncStart(db, url);
    server.handler = serveJson(feed([company('Alpha'), company('Beta')], [deal('ab', ['Alpha', 'Beta'])]), '"a"');
    expect((await syncFeed(db, url, { timeoutMs: 2000 })).status).toBe('updated');
    expect((await db.feeds.get(url))?.syncStarted).toBeNull();
    await recordSyncStart(db, url);
    server.handler = (_q, res) => res.writeHead(500).end();
    expect((await syncFeed(db, url, { timeoutMs: 2000 })).status).toBe('failed');
    const row = (await db.feeds.get(url))!;
    expect(row.syncStarted).toBeNull();
    expect(feedStatus(row, false).lastError).toMatch(/500/);
  });
});
