// `npm test`: type check, unit tests, both builds, Firefox lint, end-to-end tests in Chromium.
// Every stage runs even when an earlier one failed (so the count is complete), except that the
// e2e suite needs the Chrome build. Ends with exactly one line `N passed, N failed`; exit 1 on any
// failure. Passed counts unit tests, e2e tests and the lint (one test); failed counts those plus
// any failed type check or build, so a red run never ends "0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countVitest, failedTests, type Count } from './test-count';

const ROOT = join(import.meta.dirname, '..');
const TMP = join(ROOT, '.tmp');

interface Stage {
  name: string;
  ok: boolean;
  seconds: number;
  detail: string;
  count?: Count;
  failures?: string[];
}
const stages: Stage[] = [];

/** Runs a command from the project root. `show` streams its output; otherwise it is kept for failures. */
function run(cmd: string, args: string[], show: boolean): { ok: boolean; seconds: number; output: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: show ? 'inherit' : 'pipe', maxBuffer: 1 << 28 });
  const output = show ? '' : `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { ok: r.status === 0, seconds: (performance.now() - t0) / 1000, output };
}

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = run(cmd, args, false);
  if (!r.ok) console.log(r.output.split('\n').slice(-60).join('\n'));
  stages.push({ name, ok: r.ok, seconds: r.seconds, detail: r.ok ? 'ok' : 'FAILED' });
  return r.ok;
}

/** A check that counts as one test: the formatter and the linter (a failing lint is a failed test). */
function check(name: string, cmd: string, args: string[]): void {
  step(name, cmd, args);
  const s = stages[stages.length - 1];
  s.count = { passed: s.ok ? 1 : 0, failed: s.ok ? 0 : 1, skipped: 0 };
}

function vitest(name: string, extra: string[]): void {
  const out = join(TMP, `${name}.json`);
  rmSync(out, { force: true });
  const args = ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  console.log(`\n▶ ${name}: npx ${args.join(' ')}`);
  const r = run('npx', args, true);
  const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  const count = countVitest(report, r.ok);
  const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
  const note = count.note ? ` (${count.note})` : '';
  stages.push({
    name,
    ok: r.ok && count.failed === 0,
    seconds: r.seconds,
    count,
    failures: failedTests(report, ROOT),
    detail: `${count.passed} passed, ${count.failed} failed${skipped}${note}`,
  });
}

function firefoxLint(): void {
  const dir = readdirSync(join(ROOT, '.output'))
    .filter((d) => d.startsWith('firefox-mv'))
    .sort()
    .pop();
  if (!dir) {
    stages.push({
      name: 'firefox lint',
      ok: false,
      seconds: 0,
      detail: 'no Firefox build',
      count: { passed: 0, failed: 1, skipped: 0 },
    });
    return;
  }
  const args = ['web-ext', 'lint', '--source-dir', `.output/${dir}`, '--output', 'json', '--no-input'];
  console.log(`\n▶ firefox lint: npx ${args.join(' ')}`);
  const r = run('npx', args, false);
  let summary = { errors: 1, warnings: 0 };
  let messages: { code: string; message: string; file?: string }[] = [];
  try {
    const json = JSON.parse(r.output.slice(r.output.indexOf('{')));
    summary = json.summary;
    messages = [...json.errors, ...json.warnings];
  } catch {
    console.log(r.output);
  }
  for (const m of messages) console.log(`  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
  const ok = summary.errors === 0;
  stages.push({
    name: 'firefox lint',
    ok,
    seconds: r.seconds,
    detail: `${summary.errors} errors, ${summary.warnings} warnings`,
    count: { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 },
  });
}

mkdirSync(TMP, { recursive: true });
step('typecheck', 'npx', ['tsc', '--noEmit']);
check('format', 'npx', ['prettier', '--check', '.']);
check('lint', 'npx', ['oxlint', '--deny-warnings', '.']);
check('import cycles', 'node', ['scripts/cycles.cjs']);
check('unused exports', 'npx', ['tsx', 'scripts/unused-exports.ts']);
vitest('unit', []);
const chromeBuilt = step('build', 'npm', ['run', '-s', 'build']);
if (step('build:firefox', 'npm', ['run', '-s', 'build:firefox'])) firefoxLint();
else
  stages.push({
    name: 'firefox lint',
    ok: false,
    seconds: 0,
    detail: 'not run: no Firefox build',
    count: { passed: 0, failed: 1, skipped: 0 },
  });
if (chromeBuilt) vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
else
  stages.push({
    name: 'e2e',
    ok: false,
    seconds: 0,
    detail: 'not run: the Chrome build failed',
    count: { passed: 0, failed: 1, skipped: 0 },
  });

console.log('\nStage           Result');
for (const s of stages) console.log(`${s.ok ? '✔' : '✘'} ${s.name.padEnd(14)} ${s.detail} (${s.seconds.toFixed(1)} s)`);
for (const s of stages) for (const f of s.failures ?? []) console.log(`  ✘ ${s.name}: ${f}`);
const passed = stages.reduce((n, s) => n + (s.count?.passed ?? 0), 0);
const failed = stages.reduce((n, s) => n + (s.count ? s.count.failed : s.ok ? 0 : 1), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stages.every((s) => s.ok) ? 0 : 1);
