// A web-test-runner reporter that writes {passed, failed, skipped} to a JSON file for scripts/test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const s of sessions) {
        count(s.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) totals.errors++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
