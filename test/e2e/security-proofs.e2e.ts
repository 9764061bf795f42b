// SECURITY.md's promises, each checked where it can fail: the built manifests (both browsers),
// the built bundles, and the running extension (storage areas, the CSP as behaviour).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, ensureBuilt, type Target } from './build';
import { launchExtension, type Extension } from './harness';

const TARGETS: Target[] = ['chrome', 'firefox'];
const manifest = (t: Target) => JSON.parse(readFileSync(join(BUILD_DIRS[t], 'manifest.json'), 'utf8'));
const scripts = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : /\.(js|html)$/.test(name) ? [path] : [];
  });
const CONNECT_SRC = "connect-src 'self' https: http://127.0.0.1:* http://localhost:*";

beforeAll(() => {
  ensureBuilt('chrome');
  ensureBuilt('firefox');
});

describe('the built package', () => {
  it('runs the content script at document_idle, in both browsers', () => {
    for (const t of TARGETS)
      expect(manifest(t).content_scripts.map((c: { run_at: string }) => c.run_at)).toEqual(['document_idle']);
  });

  it('tells Firefox it collects nothing (data_collection_permissions)', () => {
    expect(manifest('firefox').browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('limits connect-src to the extension, https and loopback feeds', () => {
    for (const t of TARGETS) {
      const m = manifest(t);
      const csp: string =
        typeof m.content_security_policy === 'string'
          ? m.content_security_policy
          : m.content_security_policy.extension_pages;
      expect(csp.split(/;\s*/)).toContain(CONNECT_SRC);
    }
  });

  it('never names storage.sync in any bundle', () => {
    for (const t of TARGETS) {
      const files = scripts(BUILD_DIRS[t]);
      expect(files.length).toBeGreaterThan(3);
      const offenders = files.filter((f) =>
        /storage\s*\.\s*sync\b|storage\s*\[\s*['"]sync['"]\s*\]/.test(readFileSync(f, 'utf8')),
      );
      expect(offenders).toEqual([]);
    }
  });
});

describe('the running extension (Chromium)', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps preferences in storage.local and nothing in storage.sync', async () => {
    const options = await ext.openOptions();
    const trail = options.getByRole('switch', { name: /Remember the deals found on pages I read/ });
    await expect.poll(() => trail.isDisabled(), { timeout: 15_000 }).toBe(false);
    await trail.check(); // a preference written by the options page
    const areas = () =>
      options.evaluate(async () => {
        const storage = (globalThis as any).chrome.storage;
        return { local: await storage.local.get(null), sync: await storage.sync.get(null) };
      });
    await expect.poll(async () => Object.keys((await areas()).local).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await areas()).sync).toEqual({});
    await options.close();
  });

  it('an extension page cannot fetch an origin the CSP does not allow', async () => {
    const options = await ext.openOptions();
    const attempt = (url: string) =>
      options.evaluate(async (u) => {
        const violations: string[] = [];
        const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.effectiveDirective);
        document.addEventListener('securitypolicyviolation', onViolation);
        const outcome = await fetch(u).then(
          () => 'loaded',
          () => 'blocked',
        );
        await new Promise((r) => setTimeout(r, 100)); // the violation event is queued
        document.removeEventListener('securitypolicyviolation', onViolation);
        return { outcome, violations };
      }, url);
    // Plain http to a host other than loopback: refused by connect-src before any request.
    ext.server.clearLog();
    expect(await attempt('http://feeds.example.invalid/feed.json')).toEqual({
      outcome: 'blocked',
      violations: ['connect-src'],
    });
    // Loopback feeds are allowed: the same call reaches the test server.
    ext.server.route('/csp-probe.json', { headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    expect(await attempt(ext.server.url('/csp-probe.json'))).toEqual({ outcome: 'loaded', violations: [] });
    expect(ext.server.requests.map((r) => r.url)).toEqual(['/csp-probe.json']);
    await options.close();
  });
});
