import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from '../support/temp-dir';

/**
 * The command-line tool as users run it: src/cli bundled as
 * esbuild.config.mjs bundles it, into a temporary folder (so the tests do
 * not depend on, or change, dist/), once per test file.
 */
let built: Promise<string> | null = null;

export function builtCli(): Promise<string> {
  built ??= (async () => {
    // IFU_TEST_CLI runs these tests against another build (an older one, to see them fail).
    const given = process.env.IFU_TEST_CLI;
    if (given !== undefined && given !== '') return given;
    const dir = tempDir('ifu-cli-');
    // Readable by every user: one test runs the tool as another user.
    chmodSync(dir, 0o755);
    const outfile = join(dir, 'cli.cjs');
    await build({
      entryPoints: [new URL('../../src/cli/index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile,
      define: { PACKAGE_VERSION: '"test"' },
      logLevel: 'silent',
    });
    return outfile;
  })();
  return built;
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built tool to its end. */
export async function runBuilt(args: string[], opts: { cwd?: string; input?: string; uid?: number; gid?: number } = {}): Promise<Ran> {
  const cli = await builtCli();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', timeout: 20_000, uid: opts.uid, gid: opts.gid });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the built tool; `done` settles when it ends. */
export async function startBuilt(args: string[], opts: { cwd?: string } = {}): Promise<{ child: ChildProcess; done: Promise<Ran> }> {
  const cli = await builtCli();
  const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Ran>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** A vault in a new temporary folder (with `.obsidian`, so it is found as Obsidian's) holding these files. */
export function tempVault(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('ifu-hard-');
  mkdirSync(join(dir, '.obsidian'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
