// Counting a vitest run from its JSON report (jest-compatible format), robust to crashes: a
// missing report, a file that failed to load, or errors outside tests each count as a failure.
export interface Count {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

interface AssertionResult {
  status: string;
  fullName?: string;
  title?: string;
}
interface FileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: AssertionResult[];
}
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: FileResult[];
}

export function countVitest(report: VitestReport | null, exitedOk: boolean): Count {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: 'vitest wrote no report' };
  // A file that failed to load has no failed assertions but still failed.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + brokenFiles;
  const notes: string[] = [];
  if (brokenFiles) notes.push(`${brokenFiles} file(s) failed to run`);
  if (!exitedOk && failed === 0) {
    failed = 1;
    notes.push('vitest exited non-zero (unhandled error?)');
  }
  if (exitedOk && report.testResults.length === 0) notes.push('no test files');
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** "file > test" for each failed test, and each file that failed to run, for the closing list. */
export function failedTests(report: VitestReport | null, root: string): string[] {
  if (!report) return [];
  return report.testResults.flatMap((f) => {
    const file = f.name.startsWith(root) ? f.name.slice(root.length + 1) : f.name;
    const failed = f.assertionResults.filter((a) => a.status === 'failed');
    if (f.status === 'failed' && failed.length === 0)
      return [`${file} (did not run: ${(f.message ?? '').split('\n')[0]})`];
    return failed.map((a) => `${file} > ${a.fullName ?? a.title ?? '?'}`);
  });
}
