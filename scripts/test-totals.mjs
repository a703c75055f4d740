// The closing line of a CI run: every test of every run (three time zones and the browser), added up.
import { readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of readdirSync('test-results').filter((n) => n.startsWith('vitest-') && n.endsWith('.json'))) {
  const j = JSON.parse(readFileSync(`test-results/${name}`, 'utf8'));
  passed += j.numPassedTests;
  // A test file that cannot load counts as a failure too.
  failed += j.numFailedTests + j.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  skipped += j.numPendingTests + j.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
