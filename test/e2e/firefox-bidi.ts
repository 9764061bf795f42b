// A real Firefox (Debian's firefox-esr) with the built add-on, driven over WebDriver BiDi:
// Playwright cannot load Firefox extensions, but Firefox's own BiDi server can
// (`webExtension.install`, Firefox 138+). A minimal client: launch, command(), close().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIREFOX = process.env.DEALLENS_FIREFOX ?? '/usr/bin/firefox-esr';
const INSTALL_FIREFOX = 'apt-get update && apt-get install -y firefox-esr';

// Node 20 has no WebSocket global; playwright-core ships the `ws` package.
type WS = { send(s: string): void; close(): void; on(ev: string, cb: (...a: any[]) => void): void };
const { ws: WebSocketImpl } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  ws: new (url: string) => WS;
};

// Quiet, hermetic profile: no first-run pages, updates, telemetry or remote settings.
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'network.proxy.type': 0,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.dns.localDomains': '',
};

export interface Firefox {
  command<T = any>(method: string, params?: object): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}. Install it (as root):\n\n    ${INSTALL_FIREFOX}\n`);
  const profile = await mkdtemp(join(tmpdir(), 'deallens-ff-'));
  await writeFile(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const proc = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const endpoint = await listeningOn(proc);
  const socket = new WebSocketImpl(`${endpoint}/session`);
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  socket.on('message', (data: Buffer) => {
    const msg = JSON.parse(String(data));
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === 'error') waiter.reject(new Error(`${msg.error}: ${msg.message}`));
    else waiter.resolve(msg.result);
  });
  let nextId = 1;
  const command = (method: string, params: object = {}) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await command('session.new', { capabilities: {} });
  return {
    command,
    async close() {
      await command('browser.close').catch(() => {});
      socket.close();
      if (proc.exitCode === null)
        await new Promise((r) => {
          proc.once('exit', r);
          setTimeout(() => {
            proc.kill('SIGKILL');
            r(null);
          }, 5_000);
        });
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:PORT" once its server is up. */
function listeningOn(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${seen}`)), 30_000);
    const onData = (d: Buffer) => {
      seen += String(d);
      const m = /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stderr?.on('data', onData);
    proc.stdout?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}):\n${seen}`));
    });
  });
}

/** Polls `probe` until it returns a value other than null, or fails after `ms` naming `what`. */
export async function poll<T>(what: string, probe: () => Promise<T | null>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
