import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, parseArgs, UsageError } from '../../src/cli/args';
import { COMMAND_HELP } from '../../src/cli/usage';
import { run, vault } from './run';

const acme = '---\ntype: interview\ncompany: Acme\nposition: Data Analyst\ndate: 2026-11-20\ninterviewer: Ms. Pat Jones\n---\nNotes.\n';

describe('a mistyped word gets a "did you mean"', () => {
  it.each([
    [['agenda', '--jsn'], "unknown option '--jsn' for agenda; did you mean --json? (see agenda --help)"],
    [['calendar', '--out', 'x.ics'], "unknown option '--out' for calendar; did you mean --output? (see calendar --help)"],
    [['mark', 'A.md', 'thank-you', '--dat', '2026-11-20'], "unknown option '--dat' for mark; did you mean --date? (see mark --help)"],
    [['draft', 'A.md', 'thank-you', '--woh', 'Pat'], "unknown option '--woh' for draft; did you mean --who? (see draft --help)"],
    [['track', 'A.md', '--dryrun'], "unknown option '--dryrun' for track; did you mean --dry-run? (see track --help)"],
    [['new', '--compnay', 'Acme'], "unknown option '--compnay' for new; did you mean --company? (see new --help)"],
    [['mark', 'A.md', 'thank-yuo'], "'thank-yuo' is not a follow-up kind; did you mean thank-you? Use thank-you, notify-references"],
    [['draft', 'A.md', 'statusinqiury'], "'statusinqiury' is not a kind of draft; did you mean status-inquiry? Use thank-you"],
    [['outcome', 'A.md', 'acepted'], "'acepted' is not a status; did you mean accepted? Use waiting, next-round"],
    [['agnda'], "unknown command 'agnda'; did you mean agenda? The commands are agenda, calendar"],
  ])('%j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('a word close to nothing is not given a guess', () => {
    expect(() => parseArgs(['agenda', '--colour'])).toThrow(/^unknown option '--colour' for agenda; see agenda --help$/);
    expect(() => parseArgs(['mark', 'A.md', 'thanks'])).toThrow(/^'thanks' is not a follow-up kind; use thank-you/);
    expect(() => parseArgs(['plan'])).toThrow(/^unknown command 'plan'; the commands are/);
  });
});

/** A command line each command accepts, to which one more option is added. */
const BASE: Record<string, string[]> = {
  agenda: ['agenda'],
  calendar: ['calendar'],
  draft: ['draft', 'A.md', 'thank-you'],
  mark: ['mark', 'A.md', 'thank-you'],
  outcome: ['outcome', 'A.md', 'offer'],
  snooze: ['snooze', 'A.md', '--until', '2026-11-30'],
  new: ['new', '--company', 'Acme', '--position', 'Analyst', '--date', '2026-11-20'],
  track: ['track', 'A.md'],
  config: ['config', 'list'],
};

describe('--help says what the command takes', () => {
  it('every option a command\'s help names is one the command accepts', () => {
    for (const command of COMMANDS) {
      const help = COMMAND_HELP[command];
      expect(help, command).toBeDefined();
      const options = [...new Set([...(help ?? '').matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]))].filter((o) => o !== '--help');
      expect(options.length, command).toBeGreaterThan(0);
      for (const option of options) {
        let message = '';
        try {
          parseArgs([...(BASE[command] ?? []), option, '2026-11-20']);
        } catch (error) {
          message = error instanceof Error ? error.message : String(error);
        }
        expect(message, `${command} ${option}`).not.toMatch(/unknown option/);
      }
    }
  });

  it('--vault is described as the contract says: the nearest folder above NOTE holding .obsidian, else the current folder', async () => {
    for (const command of ['draft', 'mark', 'outcome', 'snooze', 'track']) {
      expect(COMMAND_HELP[command], command).toMatch(/--vault DIR, else the nearest folder above the note\s+that holds \.obsidian, else the current folder/);
    }
    expect((await run(['--help'])).stdout).toMatch(/--vault DIR {9}the vault NOTE lies in \(default: the nearest folder\s+above NOTE that holds \.obsidian, else the current\s+folder\)/);
  });
});

describe('--vault', () => {
  it('agenda --vault DIR is agenda DIR; two vaults are refused', async () => {
    const v = vault({ 'Acme.md': acme });
    const positional = await run(['agenda', v, '--today', '2026-11-23', '--json']);
    const option = await run(['agenda', '--vault', v, '--today', '2026-11-23', '--json'], { cwd: vault({}) });
    expect(option.code).toBe(0);
    expect(option.stdout).toBe(positional.stdout);
    expect((JSON.parse(option.stdout) as { items: unknown[] }).items).toHaveLength(2);
    const two = await run(['agenda', v, '--vault', v]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('one vault at a time');
  });

  it('mark finds the vault above the note without --vault, and --vault names another', async () => {
    const v = vault({ '.obsidian/app.json': '{}', 'Interviews/Acme.md': acme });
    const r = await run(['mark', join(v, 'Interviews/Acme.md'), 'thank-you', '--date', '2026-11-21'], { cwd: vault({}) });
    expect(r.code).toBe(0);
    const wrong = await run(['mark', join(v, 'Interviews/Acme.md'), 'thank-you', '--vault', vault({})]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/is not inside the vault/);
  });
});

describe('--folder that matches nothing', () => {
  it('is a warning on standard error; the agenda is still printed with status 0', async () => {
    const v = vault({ 'Interviews/Acme.md': '---\ncompany: Acme\ndate: 2026-11-20\n---\n' });
    mkdirSync(join(v, 'Empty'));
    const r = await run(['agenda', v, '--today', '2026-11-23', '--json', '--folder', 'Interview', '--folder', 'Empty', '--folder', 'Interviews']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `interview-follow-up: --folder 'Interview' is not a folder of the vault '${v}'; did you mean --folder "Interviews"?`,
      `interview-follow-up: --folder 'Empty' holds no note (no .md file) in the vault '${v}'`,
    ]);
  });

  it('says nothing for a folder that holds notes, and the calendar warns too', async () => {
    const v = vault({ 'Jobs/Acme.md': '---\ncompany: Acme\ndate: 2026-11-20\n---\n' });
    expect((await run(['agenda', v, '--today', '2026-11-23', '--folder', 'Jobs/'])).stderr).toBe('');
    const calendar = await run(['calendar', v, '--today', '2026-11-23', '--folder', 'Nowhere']);
    expect(calendar.code).toBe(0);
    expect(calendar.stdout).toContain('BEGIN:VCALENDAR');
    expect(calendar.stderr).toBe(`interview-follow-up: --folder 'Nowhere' is not a folder of the vault '${v}'\n`);
  });

  it('a folder outside the vault or hidden is named as such', async () => {
    const v = vault({ 'Acme.md': acme });
    const r = await run(['agenda', v, '--today', '2026-11-23', '--folder', '../Elsewhere', '--folder', '.trash']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("--folder '../Elsewhere' is not inside the vault");
    expect(r.stderr).toContain("--folder '.trash': notes in hidden folders (and node_modules) are not read");
  });
});
