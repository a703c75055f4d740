import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { tempDir } from '../support/temp-dir';

/** Runs the command line in-process and captures what it prints. */
export async function run(argv: string[], opts: { colour?: boolean; now?: Date; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    colour: opts.colour ?? false,
    now: () => opts.now ?? new Date(2026, 10, 24, 9),
    cwd: () => opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** A vault in a new temporary folder holding these files (path inside the vault -> text or bytes). */
export function vault(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('ifu-vault-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
