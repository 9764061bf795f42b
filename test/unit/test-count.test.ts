import { describe, expect, it } from 'vitest';
import { countVitest, type VitestReport } from '../../scripts/test-count';

const file = (status: string, ...tests: string[]) => ({ name: 'f.test.ts', status, assertionResults: tests.map((s) => ({ status: s })) });
const report = (files: ReturnType<typeof file>[]): VitestReport => {
  const all = files.flatMap((f) => f.assertionResults);
  const n = (s: string) => all.filter((a) => a.status === s).length;
  return { numPassedTests: n('passed'), numFailedTests: n('failed'), numPendingTests: n('skipped'), numTodoTests: 0, testResults: files };
};

describe('countVitest', () => {
  it('counts passed and failed tests', () => {
    expect(countVitest(report([file('failed', 'passed', 'failed'), file('passed', 'passed')]), false))
      .toEqual({ passed: 2, failed: 1, skipped: 0 });
  });

  it('counts a file that failed to load as one failure', () => {
    const c = countVitest(report([file('failed'), file('passed', 'passed')]), false);
    expect([c.passed, c.failed]).toEqual([1, 1]);
    expect(c.note).toMatch(/failed to run/);
  });

  it('counts a crash without a report, or a red exit without failed tests, as a failure', () => {
    expect(countVitest(null, false).failed).toBe(1);
    expect(countVitest(report([file('passed', 'passed')]), false).failed).toBe(1);
    expect(countVitest(report([file('passed', 'passed')]), true).failed).toBe(0);
  });
});
