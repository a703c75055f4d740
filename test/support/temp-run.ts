import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTree } from './temp-dir';

/**
 * vitest's global setup: the run's temporary files go into a folder of its
 * own (TMPDIR, which the test workers and the command lines they start
 * inherit), and a run that leaves anything in it fails, naming what it left.
 * Removing that folder afterwards keeps the system's temporary folder clean
 * either way.
 */
export default function setup(): () => void {
  const outer = tmpdir();
  const run = mkdtempSync(join(outer, 'ifu-test-run-'));
  // As the system's own: one test runs the command line as another user.
  chmodSync(run, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = run;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    const left = readdirSync(run);
    removeTree(run);
    if (left.length > 0) {
      console.error(`\nThe tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind (now removed): ${left.slice(0, 10).join(', ')}${left.length > 10 ? ', ...' : ''}`);
      console.error('Make them with tempDir() from test/support/temp-dir.ts, or remove them in afterEach/afterAll.');
      process.exitCode = 1;
    }
  };
}
