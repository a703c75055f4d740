import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders made by the tests. Each one is removed when its test
 * file ends (test/support/remove-temp-dirs.ts), so a run leaves nothing in
 * the system's temporary folder.
 */
const made: string[] = [];

/** A new empty folder in the system's temporary folder, removed when this test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) removeTree(dir);
}

/** Removes a folder and all it holds, paths longer than the system allows included (a test makes those). */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Node's removal walks full paths and stops at ENAMETOOLONG; rm walks from folder to folder.
    spawnSync('rm', ['-rf', dir]);
  }
}
