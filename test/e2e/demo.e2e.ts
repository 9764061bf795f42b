// `npm start` without a display: it hovers the first money rate on the sample article, prints
// the table and the tooltip, writes demo/annotated.png and exits 0; without Chromium it says how
// to install it and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './build';

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function demo(env: Record<string, string> = {}) {
  const base = buildEnv();
  delete base.DISPLAY;
  delete base.WAYLAND_DISPLAY;
  return spawnSync('npx', ['tsx', 'scripts/demo.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 90_000,
  });
}

describe('npm start (headless)', () => {
  it('annotates the sample article, explains the first rate and writes demo/annotated.png', () => {
    const started = Date.now();
    const run = demo();
    expect(run.status, run.stderr).toBe(0);
    const rateRow = run.stdout.split('\n').find((l) => l.includes('$1.2 billion a month'));
    expect(rateRow).toMatch(/^money\s+\$1\.2 billion a month\s+\$1\.2B\/month = \$14\.4B\/year$/);
    expect(run.stdout).toMatch(/^gpu\s+200,000 Nvidia GB300/m);
    expect(run.stdout).toMatch(/^power\s+1\.4 GW\s+1\.4 GW$/m);
    expect(run.stdout).toMatch(/^companies \(\d+\): .*Oracle.*CoreWeave/m);
    const tooltip = run.stdout.slice(run.stdout.indexOf('the tooltip says:'));
    expect(tooltip).toContain('$14.4B');

    const png = join(ROOT, 'demo/annotated.png');
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).mtimeMs).toBeGreaterThan(started);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1280, 900]); // the viewport
  }, 120_000);

  it('without Chromium, prints the apt command and exits 1', () => {
    const run = demo({ DEALLENS_CHROMIUM: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium not found at /nonexistent/chromium');
    expect(run.stderr).toContain('apt-get update && apt-get install -y chromium');
  });
});
