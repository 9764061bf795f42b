// Counting a vitest run from its JSON report (jest-compatible format), robust to crashes: a
// missing report, a file that failed to load, or errors outside tests each count as a failure.
export interface Count { passed: number; failed: number; skipped: number; note?: string }

interface AssertionResult { status: string }
interface FileResult { name: string; status: string; message?: string; assertionResults: AssertionResult[] }
export interface VitestReport { numPassedTests: number; numFailedTests: number; numPendingTests: number;
  numTodoTests: number; testResults: FileResult[] }

export function countVitest(report: VitestReport | null, exitedOk: boolean): Count {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: 'vitest wrote no report' };
  // A file that failed to load has no failed assertions but still failed.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  let failed = report.numFailedTests + brokenFiles;
  const notes: string[] = [];
  if (brokenFiles) notes.push(`${brokenFiles} file(s) failed to run`);
  if (!exitedOk && failed === 0) { failed = 1; notes.push('vitest exited non-zero (unhandled error?)'); }
  if (exitedOk && report.testResults.length === 0) notes.push('no test files');
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests,
    ...(notes.length ? { note: notes.join('; ') } : {}) };
}
