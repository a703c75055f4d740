import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { builtCli, runBuilt, tempVault } from './built-cli';

// A company and an interviewer whose names carry terminal escape sequences: a clipboard write (OSC 52), a screen clear, and C1 CSI.
const hostile = [
  '---',
  'type: interview',
  'company: "Acme\\e]52;c;SGVsbG8=\\a\\e[2J"',
  'position: "Analyst\\u009b31m"',
  'date: 2026-11-20',
  'interviewer: "Pat\\e[31m Jones\\x7f"',
  '---',
  'Notes.',
  '',
].join('\n');

// eslint-disable-next-line no-control-regex -- what must never reach a terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters never reach the terminal raw', () => {
  it('the human agenda shows them as visible escapes', async () => {
    const v = tempVault({ 'Acme.md': hostile });
    const r = await runBuilt(['agenda', v, '--today', '2026-11-24']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('Acme\\x1b]52;c;SGVsbG8=\\x07\\x1b[2J');
    expect(r.stdout).toContain('Pat\\x1b[31m Jones\\x7f');
    expect(r.stdout).toContain('Analyst\\u009b31m');
  });

  it('--json keeps the values exact, with no raw control character in its text', async () => {
    const v = tempVault({ 'Acme.md': hostile });
    const r = await runBuilt(['agenda', v, '--today', '2026-11-24', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const items = (JSON.parse(r.stdout) as { items: Array<{ kind: string; who: string | null }> }).items;
    expect(items.find((i) => i.kind === 'thank-you')?.who).toBe('Pat\u001b[31m Jones\u007f');
  });

  it('a draft shows them as visible escapes too', async () => {
    const v = tempVault({ 'Acme.md': hostile });
    const r = await runBuilt(['draft', 'Acme.md', 'thank-you', '--today', '2026-11-20'], { cwd: v });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Acme\\x1b]52');
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a message naming a note shows them as visible escapes', async () => {
    const v = tempVault({ 'Acme\u001b[2J.md': 'Just text.\n' });
    const r = await runBuilt(['mark', 'Acme\u001b[2J.md', 'thank-you'], { cwd: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Acme\\x1b[2J.md');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('pipes', () => {
  it('agenda | head -1 ends quietly, with the status of a closed pipe', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`Interviews/Company ${i}.md`] = hostile.replace('Acme', `Company ${i}`);
    const v = tempVault(files);
    const cli = await builtCli();
    const r = spawnSync('bash', ['-c', 'node "$1" agenda "$2" --today 2026-11-24 | head -1; echo "status ${PIPESTATUS[0]}" >&2', 'bash', cli, v], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stdout).toMatch(/^Interview follow-ups, .*\n$/);
    expect(r.stderr).toBe('status 141\n');
  }, 30_000);

  it('calendar --output FILE sweeps the temporary file a killed run left, and leaves no lock', async () => {
    const v = tempVault({ 'Acme.md': hostile.replace(/\\e|\\a|\\u009b|\\x7f/g, '') });
    const out = tempDir('ifu-cal-');
    writeFileSync(join(out, '.follow-ups.ics.0123456789ab.tmp'), 'BEGIN:VCALENDAR\r\n');
    const r = await runBuilt(['calendar', v, '--today', '2026-11-24', '--output', join(out, 'follow-ups.ics')]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['follow-ups.ics']);
    expect(readFileSync(join(out, 'follow-ups.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
  });

  it('calendar --output /dev/stdout | cat writes the calendar and ends', async () => {
    const v = tempVault({ 'Acme.md': hostile.replace(/\\e|\\a|\\u009b|\\x7f/g, '') });
    const cli = await builtCli();
    const r = spawnSync('bash', ['-c', 'node "$1" calendar "$2" --today 2026-11-24 --output /dev/stdout | cat', 'bash', cli, v], { encoding: 'utf8', timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
  });
});
