import { describe, expect, it } from 'vitest';
import { countVitest, failedTests, type VitestReport } from '../../scripts/test-count';

const file = (status: string, ...tests: string[]) => ({
  name: 'f.test.ts',
  status,
  assertionResults: tests.map((s) => ({ status: s })),
});
const report = (files: ReturnType<typeof file>[]): VitestReport => {
  const all = files.flatMap((f) => f.assertionResults);
  const n = (s: string) => all.filter((a) => a.status === s).length;
  return {
    numPassedTests: n('passed'),
    numFailedTests: n('failed'),
    numPendingTests: n('skipped'),
    numTodoTests: 0,
    testResults: files,
  };
};

describe('countVitest', () => {
  it('counts passed and failed tests', () => {
    expect(countVitest(report([file('failed', 'passed', 'failed'), file('passed', 'passed')]), false)).toEqual({
      passed: 2,
      failed: 1,
      skipped: 0,
    });
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

  it('names the failed tests and the files that did not run', () => {
    const r = report([file('failed', 'passed', 'failed'), file('passed', 'passed')]);
    r.testResults[0].name = '/repo/lib/a.test.ts';
    r.testResults[0].assertionResults[1].fullName = 'a > breaks';
    const broken = {
      name: '/repo/lib/b.test.ts',
      status: 'failed',
      message: 'SyntaxError: x\nmore',
      assertionResults: [],
    };
    expect(failedTests({ ...r, testResults: [...r.testResults, broken] }, '/repo')).toEqual([
      'lib/a.test.ts > a > breaks',
      'lib/b.test.ts (did not run: SyntaxError: x)',
    ]);
    expect(failedTests(null, '/repo')).toEqual([]);
  });
});
