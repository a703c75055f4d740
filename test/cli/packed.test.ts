import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The command line as a person installs it: the package packed with
 * `npm pack`, installed globally into a temporary prefix with no network,
 * and run by its name from a folder that has nothing to do with the project.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = join(ROOT, 'dist', 'cli.cjs');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const acme = '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\nNotes.\n';

let work = '';
let prefix = '';
let packed: string[] = [];
const env = (): NodeJS.ProcessEnv => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  return { ...clean, TMPDIR: join(work, 'tmp'), NO_COLOR: '1', npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
};

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync('npm', args, { cwd, env: env(), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${String(r.status ?? r.signal)}):\n${r.stderr}`);
  return r;
}

/** The installed tool, found by its name on PATH as a shell would. */
function tool(args: string[], cwd: string): SpawnSyncReturns<string> {
  const e = env();
  return spawnSync('interview-follow-up', args, { cwd, env: { ...e, PATH: `${join(prefix, 'bin')}${delimiter}${e.PATH ?? ''}` }, encoding: 'utf8', timeout: 20_000 });
}

/** The newest modification time of a file under the folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// Mutation testing of the engine has nothing to learn from packaging.
describe.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('the packed command line', () => {
  beforeAll(() => {
    // The tarball carries the built tool: build it when it is missing or older than the sources.
    if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < newest(join(ROOT, 'src'))) {
      const b = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      if (b.status !== 0) throw new Error(`the build failed:\n${b.stderr}`);
    }
    work = mkdtempSync(join(tmpdir(), 'ifu-packed-'));
    mkdirSync(join(work, 'tmp'));
    prefix = join(work, 'prefix');
    const out = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
    const info = JSON.parse(out.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    packed = info[0]?.files.map((f) => f.path).sort() ?? [];
    const tarball = join(work, info[0]?.filename ?? `${pkg.name}-${pkg.version}.tgz`);
    npm(['install', '--global', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund'], work);
  }, 180_000);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  });

  it('holds the tool, its launcher, the README and the licence, and nothing of the sources', () => {
    expect(packed).toEqual(['LICENSE', 'README.md', 'bin/interview-follow-up', 'dist/cli.cjs', 'package.json']);
  });

  it('installs with no network and nothing to fetch: its one runtime library is inside dist/cli.cjs', () => {
    const installed = join(prefix, 'lib', 'node_modules', pkg.name);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readFileSync(join(installed, 'dist', 'cli.cjs'), 'utf8')).not.toMatch(/require\("js-yaml"\)/);
  });

  it('runs by its name from any folder: agenda VAULT --json', () => {
    const vaultDir = join(work, 'Job search');
    mkdirSync(join(vaultDir, 'Interviews'), { recursive: true });
    writeFileSync(join(vaultDir, 'Interviews', 'Acme.md'), acme);
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const r = tool(['agenda', vaultDir, '--today', '2026-11-23', '--json'], elsewhere);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const agenda = JSON.parse(r.stdout) as { today: string; items: Array<{ note: string; kind: string; state: string }> };
    expect(agenda.today).toBe('2026-11-23');
    expect(agenda.items[0]).toMatchObject({ note: 'Interviews/Acme.md', kind: 'thank-you', state: 'overdue' });
    expect(tool(['--version'], elsewhere).stdout).toBe(`${pkg.version}\n`);
  });

  it('npm install -g . from the project folder links to it, and runs from any folder too', () => {
    const linked = join(work, 'linked');
    npm(['install', '--global', '--prefix', linked, ROOT, '--offline', '--no-audit', '--no-fund'], work);
    const vaultDir = join(work, 'Linked vault');
    mkdirSync(vaultDir);
    writeFileSync(join(vaultDir, 'Acme.md'), acme);
    const e = env();
    const r = spawnSync('interview-follow-up', ['agenda', vaultDir, '--today', '2026-11-23', '--json'], {
      cwd: tmpdir(),
      env: { ...e, PATH: `${join(linked, 'bin')}${delimiter}${e.PATH ?? ''}` },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('a newcomer sets their name and drafts without opening Obsidian', () => {
    const vaultDir = join(work, 'Notes');
    mkdirSync(join(vaultDir, '.obsidian'), { recursive: true });
    writeFileSync(join(vaultDir, 'Acme.md'), acme);
    const set = tool(['config', 'set', 'name', 'Alex Morgan'], vaultDir);
    expect(set.status).toBe(0);
    expect(JSON.parse(readFileSync(join(vaultDir, '.obsidian/plugins/interview-follow-up/data.json'), 'utf8'))).toEqual({ yourName: 'Alex Morgan' });
    const draft = tool(['draft', 'Acme.md', 'thank-you', '--today', '2026-11-20'], vaultDir);
    expect(draft.status).toBe(0);
    expect(draft.stdout.trimEnd()).toMatch(/\nAlex Morgan$/);
  });
});
