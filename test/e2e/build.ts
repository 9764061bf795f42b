// Preconditions of every browser run: Debian Chromium present, and a built extension no older
// than its sources. Shared by the e2e global setup, the harness and `npm start`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
// DEALLENS_CHROMIUM overrides the path (another build, or checking the missing-browser message).
export const CHROMIUM = process.env.DEALLENS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

export class MissingChromiumError extends Error {
  constructor() {
    super(
      `Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu, as root; prefix each apt-get with\n` +
        `sudo otherwise):\n\n    ${INSTALL_CHROMIUM}\n`,
    );
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

export type Target = 'chrome' | 'firefox';
/** Where each build lands (Manifest V3 in both: wxt.config.ts). */
export const BUILD_DIRS: Record<Target, string> = { chrome: CHROME_BUILD, firefox: join(ROOT, '.output/firefox-mv3') };

/** True when the build is missing or older than any source file. */
function buildIsStale(target: Target = 'chrome'): boolean {
  const manifest = join(BUILD_DIRS[target], 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/** The environment for build tools: vitest sets NODE_ENV=test and VITEST*, which would change
 *  what Vite builds (a test-mode bundle, not the one the stores get). */
export function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
}

/** Builds the extension when stale. Throws with the build output when the build fails. */
export function ensureBuilt(target: Target = 'chrome'): void {
  if (!buildIsStale(target)) return;
  const run = spawnSync('npx', ['wxt', 'build', '-b', target], { cwd: ROOT, encoding: 'utf8', env: buildEnv() });
  if (run.status !== 0) throw new Error(`wxt build -b ${target} failed:\n${run.stdout}\n${run.stderr}`);
}

/** Every file the manifest names exists: the build is complete (not mid-rebuild). */
function buildIsComplete(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const named: string[] = [
      m.background?.service_worker,
      ...(m.background?.scripts ?? []),
      ...(m.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
      m.action?.default_popup,
      m.options_ui?.page,
    ].filter(Boolean);
    return named.length > 0 && named.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/** Copies a complete build to `into`, so a rebuild in the shared working tree cannot pull files
 *  from under a running browser. Waits up to 20 s for a build in progress to finish. */
export async function snapshotBuild(target: Target, into: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (buildIsComplete(BUILD_DIRS[target])) {
      cpSync(BUILD_DIRS[target], into, { recursive: true });
      if (buildIsComplete(into)) return into;
    }
    if (Date.now() > deadline)
      throw new Error(`No complete ${target} build in ${BUILD_DIRS[target]} (a build failed or is stuck?)`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
