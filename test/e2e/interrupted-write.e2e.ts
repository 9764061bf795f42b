// SECURITY.md's promise "a write interrupted by a worker stop or a browser kill loses nothing", in
// Chromium: a 10,000-deal import is cut while its transaction is writing (caught by counting the
// worker's IndexedDB writes), once by stopping the service worker and once by killing the browser
// process; the browser is relaunched on the same profile. The cache is then the old one or the new
// one, whole (totals and the exported feed agree), never a part of the new one and never empty.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/messages';
import { generateFeed } from '../fixtures/feeds/generate';
import { launchExtension, type Extension } from './harness';

let dir: string;
let ext: Extension;
let options: Page;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deallens-interrupt-'));
  ext = await launchExtension({ keepDir: dir });
  options = await ext.openOptions();
  await until(async () => (await status()).seeded, 'the bundled feed to be seeded');
});
afterAll(async () => {
  await ext?.close();
  await rm(dir, { recursive: true, force: true });
});

const OLD = JSON.stringify(generateFeed(2_000, 200, 7, true));
const NEW = JSON.stringify(generateFeed(10_000, 500, 8, true));

type Totals = SyncStatus['totals'];
/** The import's small bookkeeping writes come first; past this many, its big transaction is writing. */
const WRITES_BEFORE_CUT = 100;
async function ask<T>(message: object): Promise<T & { ok: boolean; error?: string }> {
  return options.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
}
const status = () => ask<SyncStatus>({ type: 'sync-status' });

async function until(read: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await read().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Counts the worker's IndexedDB writes and its committed read-write transactions from now on. */
async function countWrites(): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(() => {
    const g = globalThis as any;
    g.__writes = 0;
    g.__commits = 0;
    if (g.__counting) return;
    g.__counting = true;
    const store = IDBObjectStore.prototype as any;
    for (const k of ['put', 'add', 'delete']) {
      const original = store[k];
      store[k] = function (this: unknown, ...args: unknown[]) {
        g.__writes++;
        return original.apply(this, args);
      };
    }
    const transaction = IDBDatabase.prototype.transaction;
    (IDBDatabase.prototype as any).transaction = function (this: IDBDatabase, ...args: any[]) {
      const tx = transaction.apply(this, args as never);
      if (tx.mode === 'readwrite') tx.addEventListener('complete', () => g.__commits++);
      return tx;
    };
  });
}

/** What the cut import's sender got back: an error, or 'no error'. */
let importing: Promise<string> = Promise.resolve('');

/** Starts the big import and returns once its transaction has written and not yet committed. */
async function startImportAndWaitForWrites(): Promise<{ writes: number; commits: number }> {
  await countWrites();
  importing = options
    .evaluate((text) => (globalThis as any).chrome.runtime.sendMessage({ type: 'import-feed', text }), NEW)
    .then(
      (reply: { ok: boolean; error?: string }) => reply?.error ?? 'no error',
      (e: Error) => e.message,
    );
  const worker = await ext.worker();
  for (const end = Date.now() + 60_000; Date.now() < end;) {
    const seen = (await worker.evaluate(() => ({
      writes: (globalThis as any).__writes,
      commits: (globalThis as any).__commits,
    }))) as { writes: number; commits: number };
    if (seen.writes > WRITES_BEFORE_CUT) return seen;
  }
  throw new Error('The import never started writing');
}

/** The cache as the reader gets it: totals, and the exported feed's deal count. */
async function cache(): Promise<{ totals: Totals; exported: number }> {
  const { totals } = await status();
  const { text } = await ask<{ text: string }>({ type: 'export-feed' });
  return { totals, exported: (JSON.parse(text) as { deals: unknown[] }).deals.length };
}

/** The browser's main process for this profile (no --type=: renderers and helpers carry one). */
function browserPid(): number {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmd.split('\0');
    if (args.includes(`--user-data-dir=${join(dir, 'profile')}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(pid);
  }
  throw new Error('No browser process for the test profile');
}

describe('a write interrupted mid-transaction loses nothing', () => {
  let before: { totals: Totals; exported: number };
  let after: { totals: Totals; exported: number };

  it('imports the old feed, then knows the totals of the new one (reference states)', async () => {
    expect(await ask({ type: 'import-feed', text: OLD })).toMatchObject({ ok: true, deals: 2_000 });
    before = await cache();
    // The new feed's state, measured on a throwaway import that completes, then the old one again.
    expect(await ask({ type: 'import-feed', text: NEW })).toMatchObject({ ok: true, deals: 10_000 });
    after = await cache();
    expect(after.totals.deals).toBeGreaterThan(before.totals.deals);
    expect(await ask({ type: 'import-feed', text: OLD })).toMatchObject({ ok: true });
    expect(await cache()).toEqual(before);
  });

  it('a service worker stopped mid-import: the old cache or the new, whole', async () => {
    const seen = await startImportAndWaitForWrites();
    const cdp = await ext.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const state = await cache(); // wakes a fresh worker, which reads IndexedDB
    console.log(`[interrupt] worker stop after ${seen.writes} writes, ${seen.commits} commits: cache is`, state.totals);
    console.log(`[interrupt] the options page's import request got: ${await importing}`);
    expect([before, after]).toContainEqual(state);
    if (state.totals.deals === after.totals.deals)
      expect(await ask({ type: 'import-feed', text: OLD })).toMatchObject({ ok: true });
  });

  it('a browser killed mid-import and relaunched on the same profile: the old cache or the new, whole', async () => {
    expect(await cache()).toEqual(before);
    const seen = await startImportAndWaitForWrites();
    process.kill(browserPid(), 'SIGKILL');
    await ext.close(); // the context is gone; this stops the fixture server and keeps the folder
    ext = await launchExtension({ keepDir: dir });
    options = await ext.openOptions();
    await until(async () => (await status()).seeded, 'the relaunched extension');
    const state = await cache();
    console.log(
      `[interrupt] browser kill after ${seen.writes} writes, ${seen.commits} commits: cache is`,
      state.totals,
    );
    expect([before, after]).toContainEqual(state);
    // The database still takes writes after the kill.
    expect(await ask({ type: 'import-feed', text: NEW })).toMatchObject({ ok: true, deals: 10_000 });
    expect(await cache()).toEqual(after);
  });
});
