// Runs the whole test suite in time zones far apart (calendar dates must not
// move), then prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const zones = ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'];
const config = process.env.VITEST_CONFIG;
let passed = 0;
let failed = 0;
let skipped = 0;
mkdirSync('test-results', { recursive: true });
for (const tz of zones) {
  console.log(`\n=== TZ=${tz}`);
  const report = `test-results/vitest-${tz.replace(/\W/g, '_')}${config ? '-browser' : ''}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const r = spawnSync('npx', [...args, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests + j.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
    skipped += j.numPendingTests + j.numTodoTests;
  } catch {
    failed += 1;
  }
  if (r.status !== 0) {
    console.error(`The tests failed with TZ=${tz}.`);
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    process.exit(r.status ?? 1);
  }
  if (config) break;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
