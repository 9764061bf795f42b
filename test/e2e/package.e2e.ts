// The packages as the stores receive them: permissions exactly as SECURITY.md justifies them,
// a strict CSP, no code that builds code, and a sources archive that rebuilds the same add-on.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, buildEnv, ensureBuilt, ROOT, type Target } from './build';

interface Manifest {
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | { extension_pages: string };
  content_scripts: { matches: string[] }[];
}
const manifest = (t: Target): Manifest => JSON.parse(readFileSync(join(BUILD_DIRS[t], 'manifest.json'), 'utf8'));

/** The permission table of SECURITY.md: `name` cells, split into required and optional rows. */
function justified(): { required: string[]; optional: string[] } {
  const section = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8').split('## Threat model')[0];
  const rows = section
    .split('\n')
    .filter((l) => /^\| (optional: )?`/.test(l))
    .map((l) => l.split('|')[1]);
  const names = (cells: string[]) => cells.flatMap((c) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  return {
    required: names(rows.filter((c) => !c.includes('optional:'))),
    optional: names(rows.filter((c) => c.includes('optional:'))),
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const digest = (dir: string) =>
  Object.fromEntries(
    files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 16)]),
  );

beforeAll(() => {
  ensureBuilt('chrome');
  ensureBuilt('firefox');
});

describe('manifests', () => {
  it('ask for exactly the permissions SECURITY.md justifies, in both browsers', () => {
    const { required, optional } = justified();
    expect(required).toEqual(['storage', 'alarms']);
    const chrome = manifest('chrome'),
      firefox = manifest('firefox');
    expect(chrome.permissions?.sort()).toEqual([...required].sort());
    expect(chrome.optional_host_permissions?.sort()).toEqual([...optional].sort());
    expect(firefox.permissions?.sort()).toEqual([...required].sort());
    expect(firefox.optional_host_permissions?.sort()).toEqual([...optional].sort());
    for (const m of [chrome, firefox]) {
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts.map((c) => c.matches)).toEqual([['<all_urls>']]);
    }
  });

  it('carry a strict extension CSP: own scripts only, no eval, no objects', () => {
    for (const m of [manifest('chrome'), manifest('firefox')]) {
      const csp =
        typeof m.content_security_policy === 'string'
          ? m.content_security_policy
          : m.content_security_policy?.extension_pages;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-eval|http:\/\/\*|script-src[^;]*https?:/);
    }
  });

  it('ship no code that builds code and load no remote scripts', () => {
    for (const t of ['chrome', 'firefox'] as const) {
      const scripts = files(BUILD_DIRS[t]).filter((f) => /\.(js|html)$/.test(f));
      expect(scripts.length).toBeGreaterThan(3);
      for (const f of scripts) {
        const text = readFileSync(f, 'utf8');
        expect(text, f).not.toMatch(/\beval\(|new Function\(|importScripts\(|<script[^>]+src=["']?https?:/);
      }
    }
  });
});

describe('sources archive (what Mozilla rebuilds)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'deallens-sources-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // npm ci would fetch the same locked packages; linking them keeps the test offline and fast.
  const wxt = (cwd: string, ...args: string[]) => {
    if (!existsSync(join(cwd, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
    const run = spawnSync('npx', ['wxt', ...args], { cwd, encoding: 'utf8', env: buildEnv() });
    expect(run.status, run.stderr).toBe(0);
  };

  it('rebuilds the same Firefox add-on, file for file', () => {
    // Package from a snapshot of the tree, so edits made meanwhile in a shared tree cannot race.
    const tree = join(work, 'tree'),
      unpacked = join(work, 'unpacked');
    cpSync(ROOT, tree, { recursive: true, filter: (src) => !/\/(node_modules|\.output|\.git|\.tmp|\.wxt)$/.test(src) });
    wxt(tree, 'zip', '-b', 'firefox');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const archive = join(tree, `.output/deallens-${version}-sources.zip`);
    expect(spawnSync('unzip', ['-q', archive, '-d', unpacked]).status).toBe(0);
    expect(existsSync(join(unpacked, 'package-lock.json'))).toBe(true);
    expect(existsSync(join(unpacked, 'node_modules'))).toBe(false);
    // Code and data only: no screenshots or demo output (icons are the only images).
    const images = files(unpacked)
      .map((f) => relative(unpacked, f))
      .filter((f) => f.endsWith('.png'));
    expect(images.filter((f) => !f.startsWith('public/icon/'))).toEqual([]);
    wxt(unpacked, 'build', '-b', 'firefox');
    const shipped = digest(join(tree, '.output/firefox-mv3'));
    expect(Object.keys(shipped)).toContain('manifest.json');
    expect(digest(join(unpacked, '.output/firefox-mv3'))).toEqual(shipped);
  }, 120_000);
});
