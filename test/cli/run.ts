import { runCli } from '../../src/cli/main';

/** Runs the command line in-process and captures what it prints. */
export async function run(argv: string[], opts: { colour?: boolean; now?: Date } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    colour: opts.colour ?? false,
    now: () => opts.now ?? new Date(2026, 10, 24, 9),
  });
  return { code, stdout, stderr };
}
