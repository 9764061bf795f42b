// Preconditions of every browser run: Debian Chromium present, and a built extension no older
// than its sources. Shared by the e2e global setup, the harness and `npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
// DEALLENS_CHROMIUM overrides the path (another build, or checking the missing-browser message).
export const CHROMIUM = process.env.DEALLENS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

export class MissingChromiumError extends Error {
  constructor() {
    super(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu, as root; prefix each apt-get with\n` +
      `sudo otherwise):\n\n    ${INSTALL_CHROMIUM}\n`);
  }
}

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) throw new MissingChromiumError();
}

// What goes into the extension bundle. Tests (*.test.ts) never do, so editing them never rebuilds.
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'data', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when `.output/chrome-mv3` is missing or older than any source file. */
export function buildIsStale(): boolean {
  const manifest = join(CHROME_BUILD, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/** Builds the Chrome extension when stale. Throws with the build output when the build fails. */
export function ensureBuilt(): void {
  if (!buildIsStale()) return;
  const run = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt build failed:\n${run.stdout}\n${run.stderr}`);
}
