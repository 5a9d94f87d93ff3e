// Prints "N passed, N failed, N skipped" as the run's last line; a test file that fails to load counts as failed.
export function countReporter() {
  const count = (suite, c) => {
    for (const t of suite?.tests ?? []) c[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    for (const s of suite?.suites ?? []) count(s, c);
  };
  return {
    stop({ sessions }) {
      const c = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, c);
        if (!s.passed && (s.errors?.length ?? 0) > 0) c.failed++;
      }
      setTimeout(() => console.log(`${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`), 0);
    },
  };
}
